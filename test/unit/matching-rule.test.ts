import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brokenRules, scorePair, SCORE_UNITS, type LeermeesterCandidate } from '../../src/domain/matching';
import { runMatch } from '../../src/cli/commands/matching.command';
import { CliError, type CliDeps } from '../../src/cli/context';
import { readFile } from 'node:fs/promises';
import { matchFromJson } from '../../src/features/matching/matching.batch';
import { explainPair, explainUnmatched } from '../../src/features/matching/matching.explain';
import { checkCandidate, checkWeights } from '../../src/features/matching/matching.input';
import { translator } from '../../src/i18n';

const nl = translator('nl');
const en = translator('en');

const lm = (over: Partial<LeermeesterCandidate> = {}): LeermeesterCandidate => ({
  id: 'L',
  name: 'Lotte',
  school: 'Albeda',
  board: 'Stichting Albeda',
  region: 'Rijnmond',
  schoolType: 'mbo',
  themes: ['objectief-werven', 'omstander'],
  phase: 4,
  capacity: 2,
  ...over,
});
const gz = (over: Partial<LeermeesterCandidate> = {}) => ({
  id: 'G',
  name: 'Gijs',
  school: 'Zadkine',
  region: 'Rijnmond',
  schoolType: 'mbo' as const,
  themes: ['objectief-werven' as const],
  phase: 2 as const,
  ...over,
});

describe('matching rule: hard rules', () => {
  it('When leermeester and gezel share a school (any case), then the pair is not allowed', () => {
    assert.deepEqual(brokenRules(lm(), gz({ school: ' albeda ' }), false), ['sameSchool']);
  });
  it('When both give the same board, then the pair is not allowed; when one has no board, the board does not count', () => {
    assert.deepEqual(brokenRules(lm(), gz({ board: 'stichting albeda' }), false), ['sameBoard']);
    assert.deepEqual(brokenRules(lm({ board: undefined }), gz({ board: undefined }), false), []);
  });
  it('When the leermeester is not further along than the gezel, then the pair is not allowed', () => {
    assert.deepEqual(brokenRules(lm({ phase: 2 }), gz(), false), ['phaseNotAhead']);
    assert.deepEqual(brokenRules(lm({ phase: 3 }), gz(), false), []);
  });
  it('When a pair is excluded, then it is not allowed', () => {
    assert.deepEqual(brokenRules(lm(), gz(), true), ['excluded']);
  });
});

describe('matching rule: score', () => {
  it('When everything fits and the leermeester is two phases ahead, then the score is 1', () => {
    assert.equal(scorePair(lm(), gz()).score, 1);
  });
  it('When the gezel shares one of two themes, other region, three phases ahead, other type, then 0.5·½ + 0.2·½ = 0.35', () => {
    const s = scorePair(
      lm({ phase: 5, region: 'Twente', schoolType: 'vo' }),
      gz({ themes: ['omstander', 'bewustwording'] }),
    );
    assert.equal(s.score, 0.35);
    assert.equal(s.units, (35 * SCORE_UNITS) / 100);
    assert.deepEqual(s.theme.shared, ['omstander']);
  });
  it('When the gezel lists no themes, then themeFit is 0', () => {
    assert.equal(scorePair(lm(), gz({ themes: [] })).theme.units, 0);
  });
  it('When a third of the themes is shared, then the score stays an exact integer number of units', () => {
    const s = scorePair(lm(), gz({ themes: ['omstander', 'bewustwording', 'zoekgedrag'] }));
    assert.ok(Number.isInteger(s.units));
    assert.equal(s.theme.units, (1680 / 3) * 50);
  });
  it('When a beheerder sets other weights, then the score follows them', () => {
    const s = scorePair(lm({ region: 'Twente' }), gz(), { theme: 0, region: 0, phase: 0, schoolType: 100 });
    assert.equal(s.score, 1);
    const r = scorePair(lm({ region: 'Twente' }), gz(), { theme: 0, region: 100, phase: 0, schoolType: 0 });
    assert.equal(r.score, 0);
  });
});

describe('matching rule: explanations', () => {
  it('When a pair is explained to the gezel, then every criterion gets a plain Dutch sentence with its points', () => {
    const why = explainPair(nl, 'nl', scorePair(lm(), gz()), lm(), gz(), 'pair');
    assert.deepEqual(why, [
      'Jullie werken allebei aan objectief werven en selecteren: +50 punten.',
      'Zelfde regio (Rijnmond): +20 punten.',
      'Twee fasen verder (ontvouwen tegenover ontwerpen): +20 punten.',
      'Zelfde soort school (mbo): +10 punten.',
    ]);
  });
  it('When several themes are shared and the gap is big, then the sentence lists them and says it counts half', () => {
    const l = lm({ phase: 5, themes: ['omstander', 'sociale-normen'] });
    const g = gz({ phase: 1, themes: ['omstander', 'sociale-normen'] });
    const why = explainPair(nl, 'nl', scorePair(l, g), l, g, 'pair');
    assert.equal(
      why[0],
      'Jullie werken allebei aan ‘het gesprek aangaan als omstander’ en ‘sociale normen’: +50 punten.',
    );
    assert.match(why[2]!, /^Vier fasen verder .*telt half: \+10 punten\.$/);
  });
  it('When the locale is English, then the reasons are English', () => {
    const why = explainPair(en, 'en', scorePair(lm(), gz()), lm(), gz(), 'observer');
    assert.match(why[0]!, /^Both work on objective recruitment and selection \(1 of 1 themes\)/);
  });
  it('When nobody fits, then the unmatched reason names the rules with counts', () => {
    const text = explainUnmatched(nl, 'nl', {
      kind: 'noneAllowed',
      counts: { sameSchool: 1, sameBoard: 0, phaseNotAhead: 3, excluded: 1 },
    });
    assert.equal(
      text,
      'Geen leermeester past volgens de vaste regels: 3 niet verder in fase, 1 van dezelfde school en 1 eerder afgewezen of uitgesloten.',
    );
  });
});

describe('matching input checks', () => {
  const messages = (raw: unknown, kind: 'leermeester' | 'gezel' = 'leermeester') =>
    checkCandidate(raw, kind).problems.map((p) => nl(p.key, p.values));

  it('When a profile has no school, capacity 0 and an unknown theme, then each problem gets a clear Dutch message', () => {
    const m = messages({ ...lm(), school: '', capacity: 0, themes: ['objectief-werven', 'toveren'] });
    assert.ok(m.includes('De school ontbreekt. Elk profiel hoort bij een school.'), m.join('|'));
    assert.ok(
      m.some((x) => x.startsWith('Capaciteit moet een heel getal van 1 tot en met 5 zijn, niet "0"')),
    );
    assert.ok(m.some((x) => x.startsWith('Het thema "toveren" ken ik niet.')));
  });
  it('When capacity is 99 or 2.5 or text, then it is refused; a gezel needs no capacity', () => {
    for (const capacity of [99, 2.5, 'veel', -1]) assert.equal(messages({ ...lm(), capacity }).length, 1);
    assert.deepEqual(messages({ ...gz() }, 'gezel'), []);
  });
  it('When phase and school type are wrong, then both are reported; a phase name is accepted', () => {
    assert.equal(messages({ ...lm(), phase: 7, schoolType: 'hbo' }).length, 2);
    assert.equal(checkCandidate({ ...lm(), phase: 'borgen' }, 'leermeester').candidate?.phase, 5);
  });
  it('When weights are fractions or percentages adding up to 1 or 100, then they are accepted; otherwise refused', () => {
    assert.deepEqual(checkWeights({ theme: 0.4, region: 0.3, phase: 0.2, schoolType: 0.1 }).weights, {
      theme: 40,
      region: 30,
      phase: 20,
      schoolType: 10,
    });
    assert.equal(
      checkWeights({ theme: 50, region: 20, phase: 20, schoolType: 20 }).problems[0]?.key,
      'matching.input.weightsSum',
    );
    assert.equal(checkWeights({ theme: 'x' }).problems[0]?.key, 'matching.input.weightsShape');
  });
  it('When a match file has broken profiles, then every problem is listed by list and position and nothing is solved', () => {
    const { output, errors } = matchFromJson(nl, 'nl', {
      leermeesters: [lm(), { ...lm(), id: 'L' }, { ...lm(), id: 'L9', capacity: 99 }],
      gezellen: [{ ...gz(), school: undefined }],
      exclusions: [{ gezel: 'nobody', leermeester: 'L' }],
    });
    assert.equal(output, undefined);
    assert.deepEqual(errors, [
      'leermeesters[1] (id L), veld id: Het id "L" staat er twee keer in.',
      'leermeesters[2] (id L9), veld capacity: Capaciteit moet een heel getal van 1 tot en met 5 zijn, niet "99".',
      'gezellen[0] (id G), veld school: De school ontbreekt. Elk profiel hoort bij een school.',
      'Uitsluiting 0 noemt een gezel die niet in het bestand staat: "nobody".',
    ]);
  });
});

const fileDeps = {
  io: { stdout: () => undefined, stderr: () => undefined },
  config: () => {
    throw new Error('match needs no configuration');
  },
  store: () => Promise.reject(new Error('match needs no store')),
  readFile: (f: string) => readFile(f, 'utf8'),
} as CliDeps;

describe('CLI match', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kw-match-'));
  const write = (name: string, body: unknown) => {
    const file = path.join(dir, name);
    writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body));
    return file;
  };

  it('When a valid file and weights are given, then pairs, reasons, unmatched and stats come back in the documented shape', async () => {
    const input = write('ok.json', {
      leermeesters: [lm()],
      gezellen: [gz(), gz({ id: 'G2', name: 'Sara', school: 'Albeda' })],
      exclusions: [],
    });
    const weights = write('w.json', { theme: 25, region: 25, phase: 25, schoolType: 25 });
    const out = await runMatch(fileDeps, { input, weights });
    assert.deepEqual(Object.keys(out), ['pairs', 'unmatched', 'stats']);
    assert.deepEqual(out.pairs[0] && { ...out.pairs[0], reasons: out.pairs[0].reasons.length }, {
      gezel: 'G',
      leermeester: 'L',
      score: 1,
      reasons: 4,
    });
    assert.deepEqual(out.unmatched, [
      { gezel: 'G2', reason: 'Geen leermeester past volgens de vaste regels: 1 van dezelfde school.' },
    ]);
    assert.equal(out.stats.matched, 1);
  });

  it('When the file is not JSON or the weights do not add up, then the CLI says so in Dutch', async () => {
    await assert.rejects(
      () => runMatch(fileDeps, { input: write('bad.json', '{ leermeesters: ') }),
      (e: unknown) => e instanceof CliError && e.exitCode === 2 && /is geen geldige JSON/.test(e.message),
    );
    const input = write('ok2.json', { leermeesters: [], gezellen: [] });
    await assert.rejects(
      () =>
        runMatch(fileDeps, {
          input,
          weights: write('w2.json', { theme: 90, region: 20, phase: 0, schoolType: 0 }),
        }),
      /samen precies 100% zijn/,
    );
  });
});
