/**
 * Every kind of turn the bench times and the load test mixes, in one table. A job that lands adds its entry
 * here (and drops its `pending`), and the bench, the load test and the op-count floors pick it up.
 */
import type { Activity } from 'botbuilder';
import type { ContainerName } from '../../src/storage/containers';
import { schoolIdFromName } from '../../src/domain/school';

export interface LoadUser {
  aadObjectId: string;
  name: string;
  /** Index of the user in the run. */
  n: number;
}

/** A write the user saw confirmed: after a run it must be read back exactly like this. */
export interface WriteClaim {
  what: string;
  container: ContainerName;
  id: string;
  partitionKey: string;
  /** Undefined when the document is as confirmed; otherwise what is wrong. */
  check(doc: Record<string, unknown> | undefined): string | undefined;
}

export interface TurnType {
  name: string;
  /** Why it is not measured yet (the job has not landed); the bench prints it instead of numbers. */
  pending?: string;
  /** Whether this turn needs the user to be a beheerder. */
  beheerder?: boolean;
  /** What the user sends on their `turn`-th turn of this type. */
  input(user: LoadUser, turn: number): string | Partial<Activity>;
  /** The reply text (messages and card texts) must match this. */
  expect: RegExp;
  /** A confirmed write to read back later, when the reply says it was saved. */
  claim?(user: LoadUser, turn: number): WriteClaim;
  /**
   * The Cosmos operations one warm turn may cost at most (a repeat turn of a known user): the floor the bench
   * reports against and the tests hold the code to.
   */
  budget: { read: number; write: number; query: number };
}

const schoolName = (user: LoadUser, turn: number): string => `Laadtest College ${user.n}-${turn}`;

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
        name: schoolName(user, turn),
        shortNames: `LC${user.n}`,
        brin: '',
        region: 'Rijnmond',
        board: '',
      },
    }),
    expect: /is opgeslagen/,
    claim: (user, turn) => {
      const name = schoolName(user, turn);
      return {
        what: `school ${name}`,
        container: 'directory',
        id: schoolIdFromName(name),
        partitionKey: 'school',
        check: (doc) =>
          !doc
            ? 'missing'
            : doc.name !== name || doc.region !== 'Rijnmond'
              ? `stored as ${JSON.stringify({ name: doc.name, region: doc.region })}`
              : undefined,
      };
    },
    // State, caller, the school (create or replace); the school is written, and the state records the card
    // submit's activity id so a redelivered submit is ignored by every instance.
    budget: { read: 3, write: 2, query: 0 },
  },
  {
    name: 'fallback turn',
    input: (user, turn) => `iets wat niemand begrijpt ${user.n}-${turn}`,
    expect: /begrijp ik nog niet|Dat begrijp ik niet/,
    budget: { read: 1, write: 0, query: 0 },
  },
  {
    name: 'FAQ turn',
    pending: 'feat/faq has not landed on main',
    input: () => 'wanneer horen we of we geselecteerd zijn?',
    expect: /./,
    budget: { read: 1, write: 0, query: 0 },
  },
  {
    name: 'logbook-extraction turn',
    pending: 'feat/logboek has not landed on main',
    input: () => 'gisteren 24 studenten op bedrijfsbezoek bij Albeda',
    expect: /./,
    budget: { read: 3, write: 1, query: 0 },
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
