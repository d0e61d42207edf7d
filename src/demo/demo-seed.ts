/**
 * Example data for a first local `npm start`: schools, an open application round with dates around today,
 * leermeester and gezel profiles, a few logbook updates, and the playground user made beheerder, coach and
 * schoolleider, so every job in the help card can be tried at once.
 *
 * Only for the embedded store, and only when it holds no schools, users or rounds yet: it never touches Azure
 * Cosmos DB (COSMOS_ENDPOINT) and never mixes with real data. Every document has a fixed id, so a second run
 * (or two starts at once) adds nothing twice.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import type { ActivityType, InterventionUpdate, Mechanism, Phase as WorkPhase } from '../domain/logboek';
import type { MatchProfile } from '../domain/matching-records';
import type { Phase, ThemeId } from '../domain/matching';
import { schoolIdFromName, type School } from '../domain/school';
import type { UserRecord } from '../domain/user';
import { RoundService } from '../features/aanmelding/round.service';
import { CosmosMatchingRepository } from '../features/matching/matching-repository';
import { CosmosReviewRepository } from '../storage/application-repository';
import type { CosmosConnection } from '../storage/cosmos';
import { ConflictError } from '../domain/errors';
import { CosmosUpdateRepository } from '../storage/logboek-repository';
import { CosmosRoundRepository } from '../storage/round-repository';
import { CosmosSchoolRepository } from '../storage/school-repository';
import { CosmosUserRepository } from '../storage/user-repository';

export const DEMO_ROUND_ID = 'demo-begeleidingstraject';
const ZONE = 'Europe/Amsterdam';
const ACTOR = 'demo';

export interface DemoUser {
  /** Entra object id as the client sends it (the playground's has 13 digits in the last group). */
  aadObjectId: string;
  name: string;
}

export type DemoSeedResult =
  | { seeded: true; schools: number; profiles: number; updates: number; roundId: string }
  | { seeded: false; reason: 'azure' | 'not-empty' };

/** [name, short names, region, board] */
const SCHOOLS: [string, string[], string, string][] = [
  ['Albeda', ['Albeda College'], 'Rotterdam-Rijnmond', 'Stichting Albeda College'],
  ['Techniek College Rotterdam', ['TCR'], 'Rotterdam-Rijnmond', 'Stichting Techniek College Rotterdam'],
  ['ROC Mondriaan', ['Mondriaan'], 'Haaglanden', 'Stichting ROC Mondriaan'],
  ['ROC van Amsterdam', ['ROCvA'], 'Amsterdam', 'ROC van Amsterdam - ROC van Flevoland'],
  ['Graafschap College', ['Graafschap'], 'Achterhoek', 'Stichting Graafschap College'],
  ['ROC Midden Nederland', ['ROC MN'], 'Utrecht', 'Stichting ROC Midden Nederland'],
];

/** Example people: ids are GUIDs in a range no Entra tenant hands out to a real person here. */
const person = (n: number) => `de000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

interface DemoProfile {
  id: string;
  name: string;
  school: string;
  themes: ThemeId[];
  phase: Phase;
  leermeester?: number;
}

const PROFILES: DemoProfile[] = [
  {
    id: person(1),
    name: 'Mirjam Jansen',
    school: 'roc-mondriaan',
    themes: ['empowerment', 'objectief-werven', 'sociale-normen'],
    phase: 4,
    leermeester: 2,
  },
  {
    id: person(2),
    name: 'Hassan Ouali',
    school: 'roc-van-amsterdam',
    themes: ['objectief-werven', 'werkgever-kent-student', 'bewustwording', 'empowerment'],
    phase: 5,
    leermeester: 3,
  },
  {
    id: person(3),
    name: 'Ingrid de Boer',
    school: 'techniek-college-rotterdam',
    themes: ['bewustwording', 'omstander'],
    phase: 3,
    leermeester: 1,
  },
  {
    id: person(4),
    name: 'Tom Visser',
    school: 'graafschap-college',
    themes: ['zoekgedrag', 'student-kent-werkgever'],
    phase: 1,
  },
];

/** [school, days ago, activity, mechanism, participants, phase, text] */
const UPDATES: [string, number, ActivityType, Mechanism | null, number | null, WorkPhase | null, string][] = [
  [
    'albeda',
    3,
    'training',
    'bewustwording',
    14,
    'ontwerpen',
    'Training over vooroordelen bij stages gegeven aan 14 docenten.',
  ],
  [
    'albeda',
    10,
    'veranderlab',
    'objectief-werven',
    9,
    'ontwerpen',
    'Eerste veranderlab: hoe werven we stagebedrijven eerlijker?',
  ],
  [
    'techniek-college-rotterdam',
    6,
    'gastles',
    'student-kent-werkgever',
    25,
    'ontwikkelen',
    'Gastles van een installatiebedrijf voor 25 studenten.',
  ],
  [
    'techniek-college-rotterdam',
    17,
    'schoolbezoek',
    null,
    4,
    'ontwikkelen',
    'Schoolbezoek met de directie over de routekaart.',
  ],
];

/** The demo round: open since last week, closes in three weeks, decision two weeks after that. */
export function demoRoundDefinition(now: Date, examplesDir: string): Record<string, unknown> {
  const example = JSON.parse(
    readFileSync(path.join(examplesDir, 'round-begeleidingstraject-2021.json'), 'utf8'),
  ) as Record<string, unknown>;
  const today = DateTime.fromJSDate(now).setZone(ZONE).startOf('day');
  const closes = today.plus({ weeks: 3 });
  return {
    ...example,
    id: DEMO_ROUND_ID,
    name: `Aanmelding begeleidingstraject (voorbeeld ${today.year})`,
    description:
      'Een voorbeeldronde om Kansenwijzer uit te proberen. Hij werkt zoals het begeleidingstraject van het ' +
      'Kennispunt: een school vraagt advies, coaching en expertise aan voor een eigen vraagstuk, en een groep ' +
      'deskundigen kiest de scholen. Wat je hier invult, blijft op je eigen computer.',
    opens: `${today.minus({ weeks: 1 }).toISODate()}T09:00`,
    closes: `${closes.toISODate()}T23:59`,
    decisionDate: closes.plus({ weeks: 2 }).toISODate(),
    referencePrefix: 'DEMO',
  };
}

async function createOnce<T>(save: () => Promise<T>): Promise<void> {
  try {
    await save();
  } catch (err) {
    // Another start seeded the same document a moment ago: it is there, which is all that matters.
    if (!(err instanceof ConflictError)) throw err;
  }
}

export async function seedDemo(
  cosmos: Pick<CosmosConnection, 'containers' | 'store'>,
  demoUser: DemoUser,
  now: Date = new Date(),
  examplesDir: string = path.resolve(__dirname, '../../examples'),
): Promise<DemoSeedResult> {
  if (cosmos.store.kind === 'azure') return { seeded: false, reason: 'azure' };
  const { containers } = cosmos;
  const schools = new CosmosSchoolRepository(containers.directory);
  const users = new CosmosUserRepository(containers.directory);
  const rounds = new CosmosRoundRepository(containers.applications);
  const [haveSchools, haveUsers, haveRounds] = await Promise.all([
    schools.list(),
    users.list(),
    rounds.list(),
  ]);
  if (haveSchools.length + haveUsers.length + haveRounds.length > 0)
    return { seeded: false, reason: 'not-empty' };

  const at = now.toISOString();
  const schoolDocs: School[] = SCHOOLS.map(([name, shortNames, region, board]) => ({
    id: schoolIdFromName(name),
    name,
    shortNames,
    region,
    board,
    updatedAt: at,
    updatedBy: ACTOR,
  }));
  for (const s of schoolDocs) await createOnce(() => schools.save(s));
  const schoolOf = new Map(schoolDocs.map((s) => [s.id, s]));

  const me = demoUser.aadObjectId.toLowerCase();
  const coachSchools = ['albeda', 'techniek-college-rotterdam'];
  const people: UserRecord[] = [
    {
      id: me,
      name: demoUser.name,
      roles: ['coach', 'schoolleider', 'beheerder'],
      schoolIds: coachSchools,
      updatedAt: at,
      updatedBy: ACTOR,
    },
    ...PROFILES.map((p) => ({
      id: p.id,
      name: p.name,
      roles: ['schoolleider' as const],
      schoolIds: [p.school],
      updatedAt: at,
      updatedBy: ACTOR,
    })),
    // Someone without a role yet: "beheer" → "Rol geven" finds her by name.
    { id: person(5), name: 'Sanne de Vries', roles: [], schoolIds: [], updatedAt: at, updatedBy: ACTOR },
  ];
  for (const u of people) await createOnce(() => users.save(u));

  const matching = new CosmosMatchingRepository(containers.matching);
  const profile = (p: DemoProfile): MatchProfile => {
    const school = schoolOf.get(p.school);
    return {
      id: p.id,
      name: p.name,
      school: p.school,
      board: school?.board,
      region: school?.region ?? '',
      schoolType: 'mbo',
      themes: p.themes,
      phase: p.phase,
      asLeermeester: p.leermeester !== undefined,
      asGezel: p.leermeester === undefined,
      capacity: p.leermeester ?? 1,
      available: true,
      paused: false,
      updatedAt: at,
    };
  };
  const mine: DemoProfile = {
    id: me,
    name: demoUser.name,
    school: 'albeda',
    themes: ['empowerment', 'objectief-werven', 'bewustwording'],
    phase: 2,
  };
  const profiles = [...PROFILES, mine].map(profile);
  for (const p of profiles) await createOnce(() => matching.saveProfile(p));

  const updates = new CosmosUpdateRepository(containers.logboek);
  const today = DateTime.fromJSDate(now).setZone(ZONE).startOf('day');
  const updateDocs: InterventionUpdate[] = UPDATES.map(
    ([schoolId, daysAgo, activityType, mechanism, participants, phase, text], i) => {
      const created = today.minus({ days: daysAgo }).set({ hour: 16 }).toUTC().toISO() ?? at;
      return {
        id: `de0000ff-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
        schoolId,
        date: today.minus({ days: daysAgo }).toISODate() ?? '',
        activityType,
        mechanism,
        participants,
        phase,
        text,
        coachId: me,
        coachName: demoUser.name,
        createdAt: created,
        updatedAt: created,
        deleted: false,
        history: [{ at: created, by: me, byName: demoUser.name, action: 'created', changes: {} }],
      };
    },
  );
  for (const u of updateDocs) await createOnce(() => updates.create(u));

  const roundService = new RoundService(
    rounds,
    new CosmosReviewRepository(containers.applications),
    () => now,
  );
  const round = await roundService.importDefinition(demoRoundDefinition(now, examplesDir), ACTOR);
  if ('problems' in round) {
    throw new Error(
      `demo round is invalid: ${round.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
  }
  return {
    seeded: true,
    schools: schoolDocs.length,
    profiles: profiles.length,
    updates: updateDocs.length,
    roundId: round.round.id,
  };
}
