import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CARDS_DIR, renderCard, type AdaptiveCardJson } from '../../src/cards/render';
import { helpCard } from '../../src/features/core/core.cards';
import { translator, type Locale } from '../../src/i18n';
import { cardProblems } from '../helpers/card-checks';

/**
 * Samples per template come from test/helpers/card-samples/*.ts (one file per feature, each exporting
 * `samples(locale)` built through the functions the bot uses). A template without samples fails.
 */
function samples(locale: Locale): Record<string, AdaptiveCardJson[]> {
  const dir = path.join(__dirname, '..', 'helpers', 'card-samples');
  const all: Record<string, AdaptiveCardJson[]> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, file)) as {
      samples: (l: Locale) => Record<string, AdaptiveCardJson[]>;
    };
    for (const [name, cards] of Object.entries(mod.samples(locale)))
      all[name] = [...(all[name] ?? []), ...cards];
  }
  return all;
}

function templateNames(dir = CARDS_DIR, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? templateNames(path.join(dir, e.name), `${prefix}${e.name}/`)
      : e.name.endsWith('.json')
        ? [`${prefix}${e.name.slice(0, -5)}`]
        : [],
  );
}

describe('card templates', () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`When every template is expanded with sample data (${locale}), then each card is valid, labelled, resolved and small`, () => {
      const all = samples(locale);
      for (const name of templateNames()) {
        const cards = all[name];
        assert.ok(
          cards && cards.length > 0,
          `no sample for cards/${name}.json: add one to test/unit/cards.test.ts`,
        );
        for (const card of cards) {
          const roundTrip = JSON.parse(JSON.stringify(card)) as unknown;
          assert.deepEqual(cardProblems(roundTrip), [], `cards/${name}.json`);
        }
      }
    });
  }

  it('When text a user typed contains ${...}, then the card shows it literally and evaluates nothing', () => {
    const typed = '${1+1} ${string(jobs)} ${if(true, "x", "y")}';
    const card = renderCard('core/welcome', {
      title: typed,
      tagline: 't',
      greeting: 'g',
      tryHelp: 'h',
      helpButton: 'b',
    });
    const body = card.body as { text?: string }[];
    assert.equal(body[0]?.text, typed);
  });

  it('When the help card is shown to a non-beheerder, then the four jobs are listed and unbuilt ones say "binnenkort"', () => {
    const card = helpCard(translator('nl'), { available: new Set(['faq']), isBeheerder: false });
    const json = JSON.stringify(card);
    for (const title of [
      'Aanmelden voor een traject',
      'Interventielogboek',
      'Leermeester zoeken',
      'Vragen over de programma’s',
    ]) {
      assert.ok(json.includes(title), title);
    }
    assert.equal(json.match(/binnenkort/g)?.length, 3);
    assert.ok(!json.includes('Voor beheerders'));
  });

  it('When a problem is present, then the card check reports it (the check itself can fail)', () => {
    const bad = {
      type: 'AdaptiveCard',
      version: '1.6',
      body: [
        { type: 'Input.Text', id: 'x' },
        { type: 'TextBlock', text: '${oops}' },
      ],
    };
    const problems = cardProblems(bad);
    assert.equal(problems.length, 3, problems.join('; '));
  });
});
