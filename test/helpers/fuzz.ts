/**
 * Generated bad input: messages and card submits with wrong types, missing and extra fields, huge strings,
 * template expressions, markup, unknown verbs and other people's ids. Seeded, so a failure can be replayed.
 */
import type { Activity } from 'botbuilder';
import { prng } from '../../bench/matching';
import { UPDATE_FIELDS } from '../../src/domain/logboek';
import { OPEN_VERBS, ROLE_ACTIONS } from './role-actions';
import { TURN_TYPES } from './turn-types';

export const OTHER_IDS = [
  'a0000000-0000-4000-8000-0000000000ff',
  'B0000000-0000-4000-8000-0000000000EE',
  '../../etc/passwd',
  '29:1abc',
];

const NASTY_STRINGS = [
  '',
  ' ',
  '\n\n\t',
  '${name}',
  '${$root.title}',
  "${if(true, 'x', 'y')}",
  '{{ 7*7 }}',
  '<script>alert(1)</script>',
  '<at>Kansenwijzer</at> hulp',
  '**vet** _schuin_ [link](javascript:alert(1))',
  '![img](http://127.0.0.1:9/x.png)',
  "'; DROP TABLE scholen; --",
  'SELECT * FROM c',
  '\u0000\u0001\u0007',
  '\u202Egnp.exe',
  '👩🏽‍🏫🧑‍🎓'.repeat(50),
  'é'.repeat(300),
  'a/b\\c?d#e',
  'x'.repeat(5_000),
  'y'.repeat(70_000),
  'hulp',
  'HULP',
  'mijn gegevens',
  'verwijder mijn gegevens',
  'beheer',
  'scholen',
  'rollen',
  '?',
  '25LX',
  'null',
  'undefined',
  '__proto__',
  'constructor',
];

export interface FuzzCase {
  kind: 'message' | 'submit' | 'envelope';
  from: number;
  activity: Partial<Activity> & Record<string, unknown>;
}

export function fuzzCases(count: number, seed: number, users: number): FuzzCase[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const verbs = [
    ...OPEN_VERBS,
    ...ROLE_ACTIONS.flatMap((a) =>
      typeof a.input === 'string' ? [] : [(a.input.value as { verb: string }).verb],
    ),
    ...TURN_TYPES.flatMap((t) => {
      const i = t.input({ aadObjectId: OTHER_IDS[0]!, name: 'x', n: 0 }, 0);
      return typeof i === 'string'
        ? []
        : [JSON.stringify((i.value as { verb?: unknown } | undefined)?.verb ?? '').slice(1, -1)];
    }),
    'admin.school.delete',
    'admin',
    'x.y.z',
    '',
  ];
  const anyValue = (depth = 0): unknown => {
    switch (Math.floor(rnd() * (depth > 1 ? 7 : 9))) {
      case 0:
        return pick(NASTY_STRINGS);
      case 1:
        return Math.floor(rnd() * 2 ** 40) * (rnd() < 0.5 ? -1 : 1);
      case 2:
        return rnd() < 0.5;
      case 3:
        return null;
      case 4:
        return pick(OTHER_IDS);
      case 5:
        return pick([
          'coach',
          'beheerder',
          'medewerker',
          'add',
          'remove',
          'albeda',
          'gastles',
          'empowerment',
          'ontwerpen',
          '2026-03-01',
          '2099-12-31',
          'mbo',
          'ja',
          '3',
          '-1',
        ]);
      case 6:
        return rnd() * 1e6;
      case 7:
        return Array.from({ length: Math.floor(rnd() * 4) }, () => anyValue(depth + 1));
      default:
        return Object.fromEntries(
          Array.from({ length: Math.floor(rnd() * 4) }, () => [pick(FIELDS), anyValue(depth + 1)]),
        );
    }
  };
  // Real submits to mutate one field at a time: these get past the first checks and reach the deeper ones.
  const bases: Record<string, unknown>[] = [
    ...ROLE_ACTIONS.flatMap((a) =>
      typeof a.input === 'string' ? [] : [a.input.value as Record<string, unknown>],
    ),
    ...TURN_TYPES.flatMap((t) => {
      const i = t.input({ aadObjectId: OTHER_IDS[0]!, name: 'x', n: 0 }, 0);
      return typeof i === 'string' ? [] : [i.value as Record<string, unknown>];
    }),
  ];
  const cases: FuzzCase[] = [];
  for (let i = 0; i < count; i++) {
    const from = Math.floor(rnd() * users);
    const r = rnd();
    if (r < 0.35) {
      const text = rnd() < 0.8 ? pick(NASTY_STRINGS) : `${pick(NASTY_STRINGS)} ${pick(NASTY_STRINGS)}`;
      cases.push({ kind: 'message', from, activity: { type: 'message', text } });
    } else if (r < 0.6) {
      const value: Record<string, unknown> = { ...pick(bases) };
      const keys = Object.keys(value).filter((k) => k !== 'verb');
      const mutation = rnd();
      if (mutation < 0.5 && keys.length > 0) value[pick(keys)] = anyValue();
      else if (mutation < 0.7 && keys.length > 0) delete value[pick(keys)];
      else value[pick(FIELDS)] = anyValue();
      cases.push({ kind: 'submit', from, activity: { type: 'message', value } });
    } else if (r < 0.85) {
      // A card submit: a real verb with fields of every type, some missing, some extra.
      const value: Record<string, unknown> = rnd() < 0.9 ? { verb: pick(verbs) } : {};
      for (const field of FIELDS) if (rnd() < 0.5) value[field] = anyValue();
      if (rnd() < 0.3) value[`extra${i}`] = anyValue();
      if (rnd() < 0.1) value.verb = anyValue();
      cases.push({
        kind: 'submit',
        from,
        activity: { type: 'message', value, ...(rnd() < 0.1 ? { text: pick(NASTY_STRINGS) } : {}) },
      });
    } else {
      // The envelope itself: odd types where the SDK expects strings or objects.
      const activity: Record<string, unknown> = { type: 'message', text: pick(NASTY_STRINGS) };
      const field = pick([
        'text',
        'value',
        'locale',
        'type',
        'entities',
        'attachments',
        'channelData',
        'replyToId',
      ]);
      activity[field] = anyValue();
      if (field === 'type' && typeof activity.type !== 'string')
        activity.type = pick(['message', 'invoke', 'event', 'conversationUpdate', '', 'x']);
      cases.push({ kind: 'envelope', from, activity: activity });
    }
  }
  return cases;
}

const FIELDS = [
  'verb',
  'name',
  'shortNames',
  'brin',
  'region',
  'board',
  'schoolId',
  'personId',
  'personName',
  'role',
  'action',
  'schoolIds',
  'token',
  'aadObjectId',
  'id',
  // logboek
  'updateId',
  ...UPDATE_FIELDS.filter((f) => f !== 'schoolId'),
  'etag',
  'confirmedDate',
  // matching
  'leermeesterId',
  'gezelId',
  'matchId',
  'roundId',
  'version',
  'school',
  'themes',
  'capacity',
  'schoolType',
  'answer',
  'reason',
];
