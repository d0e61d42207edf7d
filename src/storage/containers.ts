/**
 * Every container the app uses, created at start when missing. Partition keys are chosen so the hot
 * paths are point reads (id + partition key); see README "Storage".
 */
/**
 * Conversation state is UI flow only (which step, which draft id): kept this long after its last write. Azure
 * Cosmos DB expires it by itself (defaultTtl); the embedded store does not, so `npm run cli -- privacy
 * purge-state` does it there.
 */
export const CONVERSATION_STATE_RETENTION_DAYS = 90;

export const CONTAINERS = {
  /** Teams AI turn state, one document per conversation; key = storage key. */
  botstate: {
    id: 'botstate',
    partitionKey: '/id',
    defaultTtlSeconds: CONVERSATION_STATE_RETENTION_DAYS * 24 * 3600,
  },
  /** Small reference data: users (pk "user") and schools (pk "school"); listing is one partition. */
  directory: { id: 'directory', partitionKey: '/pk' },
  /**
   * Programme rounds (pk "rounds") and, per round (pk "round:<id>"), the applications (id
   * "app:<school>"), reviews ("review:<school>:<reviewer>") and the selection tally ("selection").
   */
  applications: { id: 'applications', partitionKey: '/pk' },
  /** Logged interventions, one partition per school: a school's overview is one partition. */
  logboek: { id: 'logboek', partitionKey: '/schoolId' },
  /** The scheduler's lease, sent reminders/digests and pauses; key = id (all point reads). */
  scheduler: { id: 'scheduler', partitionKey: '/id' },
  /** Leermeester-gezel matching: profiles, pairs, places, exclusions, rounds (pk = document kind). */
  matching: { id: 'matching', partitionKey: '/pk' },
  /** FAQ: entries (pk "entry", read once at start), review queue (pk "review"), audit, feedback, version. */
  faq: { id: 'faq', partitionKey: '/pk' },
} as const satisfies Record<string, ContainerDefinition>;

export interface ContainerDefinition {
  id: string;
  partitionKey: string;
  /** Documents expire this long after their last write (Azure; see CONVERSATION_STATE_RETENTION_DAYS). */
  defaultTtlSeconds?: number;
}

export type ContainerName = keyof typeof CONTAINERS;
