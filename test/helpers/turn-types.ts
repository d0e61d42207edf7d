/**
 * Every kind of turn the bench times and the load test mixes, in one table. A job that lands adds its entry
 * here (and drops its `pending`), and the bench, the load test and the op-count floors pick it up.
 */
import type { Activity } from 'botbuilder';
import type { Container } from '@azure/cosmos';
import type { ContainerName } from '../../src/storage/containers';
import { schoolIdFromName } from '../../src/domain/school';
import { cardOf, submitOf } from './bot';

export interface LoadUser {
  aadObjectId: string;
  name: string;
  /** Index of the user in the run. */
  n: number;
}

/** A write the user saw confirmed: after a run it must be read back exactly like this. */
export interface WriteClaim {
  what: string;
  /** Claims with the same key are about one document: only the last one is checked. */
  key?: string;
  /** Reads the document back (a point read, or a query for what the user cannot know the id of). */
  read(containers: Record<ContainerName, Container>): Promise<Record<string, unknown> | undefined>;
  /** Undefined when the document is as confirmed; otherwise what is wrong. */
  check(doc: Record<string, unknown> | undefined): string | undefined;
}

const pointRead =
  (container: ContainerName, id: string, partitionKey: string) =>
  async (containers: Record<ContainerName, Container>) =>
    (await containers[container].item(id, partitionKey).read<Record<string, unknown>>()).resource;

/** The bot's replies to the previous turn of this user (for a button press that follows a card). */
export type Reply = Record<string, unknown>[];

export interface TurnType {
  name: string;
  /** Why it is not measured yet (the job has not landed); the bench prints it instead of numbers. */
  pending?: string;
  /** Whether this turn needs the user to be a beheerder. */
  beheerder?: boolean;
  /** What the user sends once before their first turn of this type (e.g. a beheerder making themselves coach). */
  setup?(user: LoadUser): (string | Partial<Activity>)[];
  /** What the user sends on their `turn`-th turn of this type. */
  input(user: LoadUser, turn: number): string | Partial<Activity>;
  /** The reply text (messages and card texts) must match this. */
  expect: RegExp;
  /** A confirmed write to read back later, when the reply says it was saved. */
  claim?(user: LoadUser, turn: number): WriteClaim;
  /** Pressing a button of the reply: sent right after this turn in load runs (and timed as its own type). */
  followUp?: TurnType & { fromReply(reply: Reply, user: LoadUser, turn: number): Partial<Activity> };
  /**
   * The Cosmos operations one warm turn may cost at most (a repeat turn of a known user): the floor the bench
   * reports against and the tests hold the code to.
   */
  budget: { read: number; write: number; query: number };
}

/** One school per user, edited again on every turn (a programme has dozens of schools, not thousands). */
const schoolName = (user: LoadUser): string => `Laadtest College ${user.n}`;

/** 0 → "a", 27 → "bb": distinct words without digits. */
const letters = (n: number): string => {
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  } while (n > 0);
  return out;
};

const logbookText = (user: LoadUser, turn: number): string =>
  `vandaag gastles bij Albeda over solliciteren met ${10 + (turn % 30)} studenten (${user.n}-${turn})`;

/** Load users are beheerders; this gives them a role at Albeda too (coach: the logbook takes their updates). */
function withRoleAtAlbeda(role: 'coach' | 'schoolleider') {
  return (user: LoadUser): Partial<Activity>[] => [
    {
      type: 'message',
      value: { verb: 'admin.school.save', name: 'Albeda', shortNames: 'Albeda College', brin: '' },
    },
    {
      type: 'message',
      value: {
        verb: 'admin.role.save',
        personId: user.aadObjectId,
        personName: user.name,
        role,
        action: 'add',
        schoolIds: 'albeda',
      },
    },
  ];
}

export const TURN_TYPES: readonly TurnType[] = [
  {
    name: 'help turn',
    input: () => 'hulp',
    expect: /Wat kan Kansenwijzer\?/,
    // State read + the caller's roles (the card shows the admin row to beheerders); nothing changes, so no write.
    budget: { read: 2, write: 0, query: 0 },
  },
  {
    name: 'card submit',
    beheerder: true,
    input: (user, turn) => ({
      type: 'message',
      value: {
        verb: 'admin.school.save',
        schoolId: schoolIdFromName(schoolName(user)),
        name: schoolName(user),
        shortNames: `LC${user.n}`,
        brin: '',
        region: `Regio ${turn}`,
        board: '',
      },
    }),
    expect: /is opgeslagen/,
    claim: (user, turn) => {
      const name = schoolName(user);
      return {
        what: `school ${name} (turn ${turn})`,
        key: schoolIdFromName(name),
        read: pointRead('directory', schoolIdFromName(name), 'school'),
        // This turn's region, or a later turn's (a later save may have gone through without its confirmation).
        check: (doc) => {
          const region = typeof doc?.region === 'string' ? doc.region : '';
          const stored = Number(/^Regio (\d+)$/.exec(region)?.[1] ?? -1);
          if (!doc) return 'missing';
          return doc.name !== name || stored < turn ? `stored region "${region}"` : undefined;
        },
      };
    },
    // State, caller, the school (create or replace); the school is written, and the state records the card
    // submit's activity id so a redelivered submit is ignored by every instance.
    budget: { read: 3, write: 2, query: 0 },
  },
  {
    name: 'FAQ turn',
    input: () => 'wanneer horen we of we geselecteerd zijn?',
    expect: /28 mei 2021/,
    // State and caller; the knowledge base is in memory: no query, and nothing changes, so no write.
    budget: { read: 2, write: 0, query: 0 },
  },
  {
    name: 'unanswerable question',
    // No number, date or school in it, so the logbook does not ask whether it is an update.
    // "qz…"/"xq…": short letter runs alone can be real abbreviations ("co", "bpv", "gk di").
    input: (user, turn) => `blabla qz${letters(user.n)} xq${letters(turn)}`,
    expect: /Dat weet ik niet/,
    // The FAQ abstains and puts the question in its review queue without a query: reads of the state, the caller
    // and the review item whose id comes from the question's words, then one write (create or append). A question
    // whose item was closed before reads one more (the item that took over; test/integration/faq.test.ts).
    budget: { read: 3, write: 1, query: 0 },
  },
  {
    name: 'status request',
    input: () => 'status',
    expect: /Je aanmeldingen/,
    // State, caller; the rounds and the caller's applications (two queries in the applications container).
    budget: { read: 4, write: 0, query: 2 },
  },
  {
    name: 'profile request',
    setup: withRoleAtAlbeda('schoolleider'),
    input: () => 'mijn profiel',
    expect: /Je profiel voor leermeester en gezel/,
    // State, caller, profile and settings; the school list for the form comes from the 10-second cache.
    budget: { read: 4, write: 0, query: 0 },
  },
  {
    name: 'logbook-extraction turn',
    setup: withRoleAtAlbeda('coach'),
    input: (user, turn) => logbookText(user, turn),
    expect: /Klopt dit\?/,
    // State and caller (read once per turn, shared by the route check and the handler); the school list to
    // recognise names in the text comes from the 10-second cache, and the draft travels in the card, so
    // nothing is written until the coach confirms.
    budget: { read: 2, write: 0, query: 0 },
    followUp: {
      name: 'logbook save',
      input: () => '',
      fromReply: (reply) => submitOf(cardOf(reply[0])),
      expect: /Opgeslagen/,
      // State, caller, the update's id (a redelivered confirm finds it) and the school; the update is written
      // and the state records the submit's activity id against redelivery.
      budget: { read: 4, write: 2, query: 0 },
      claim: (user, turn) => {
        const text = logbookText(user, turn);
        return {
          what: `update "${text}"`,
          read: async (containers) => {
            const { resources } = await containers.logboek.items
              .query<Record<string, unknown>>({
                query: 'SELECT * FROM c WHERE c.schoolId = @school AND c.text = @text',
                parameters: [
                  { name: '@school', value: 'albeda' },
                  { name: '@text', value: text },
                ],
              })
              .fetchAll();
            return resources.length === 1 ? resources[0] : undefined;
          },
          check: (doc) =>
            !doc
              ? 'missing (or stored twice)'
              : doc.coachId !== user.aadObjectId || doc.activityType !== 'gastles' || doc.deleted !== false
                ? `stored as ${JSON.stringify({ coach: doc.coachId, type: doc.activityType, deleted: doc.deleted })}`
                : undefined,
        };
      },
    },
  },
];

export const activeTurnTypes = (): TurnType[] => TURN_TYPES.filter((t) => !t.pending);

export function turnType(name: string): TurnType {
  const t = TURN_TYPES.find((x) => x.name === name);
  if (!t) throw new Error(`no turn type "${name}"`);
  return t;
}

/** Stable, distinct user ids for load runs: the n-th user of a run. */
export function loadUser(n: number, prefix = 'e'): LoadUser {
  const hex = n.toString(16).padStart(12, '0');
  return { aadObjectId: `${prefix}0000000-0000-4000-8000-${hex}`, name: `Laad Gebruiker ${n}`, n };
}
