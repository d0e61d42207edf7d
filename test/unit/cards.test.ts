import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CARDS_DIR, renderCard, type AdaptiveCardJson } from '../../src/cards/render';
import type { School } from '../../src/domain/school';
import type { UserRecord } from '../../src/domain/user';
import {
  adminMenuCard,
  roleFormCard,
  rolesListCard,
  schoolFormCard,
  schoolsListCard,
} from '../../src/features/admin/admin.cards';
import { helpCard, JOBS, welcomeCard } from '../../src/features/core/core.cards';
import { translator, type Locale } from '../../src/i18n';
import { cardProblems } from '../helpers/card-checks';

const school: School = {
  id: 'albeda',
  name: 'Albeda',
  shortNames: ['Albeda', 'Albeda College'],
  region: 'Rijnmond',
  board: 'Stichting Albeda',
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'x',
};
const user: UserRecord = {
  id: 'a0000000-0000-4000-8000-000000000002',
  name: 'Alice de Vries',
  roles: ['coach'],
  schoolIds: ['albeda'],
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'x',
};

/**
 * One or more samples per template in /cards, built through the same functions the bot uses.
 * A template without samples fails the suite: every card is checked before a user sees it.
 */
function samples(locale: Locale): Record<string, AdaptiveCardJson[]> {
  const t = translator(locale);
  return {
    'core/welcome': [
      welcomeCard(t, { name: 'Alice de Vries', personal: true }),
      welcomeCard(t, { personal: false }),
    ],
    'core/help': [
      helpCard(t, { available: new Set(), isBeheerder: false }),
      helpCard(t, { available: new Set(JOBS), isBeheerder: true }),
    ],
    'admin/menu': [adminMenuCard(t)],
    'admin/roles-list': [
      rolesListCard(t, [user], [school], ['b0000000-0000-4000-8000-000000000001']),
      rolesListCard(t, [], [], []),
    ],
    'admin/role-form': [
      roleFormCard(t, [school]),
      roleFormCard(t, [school], { personId: 'nope', role: 'coach' }, { personId: 'admin.roles.personError' }),
    ],
    'admin/schools-list': [schoolsListCard(t, [school]), schoolsListCard(t, [])],
    'admin/school-form': [
      schoolFormCard(t),
      schoolFormCard(t, { name: 'X' }, { name: 'admin.schools.nameError' }),
    ],
  };
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
