/**
 * What every stored document must look like, per container and type: the fuzz and load tests read everything
 * back and check it against these. A job that stores a new kind of document adds its schema here.
 */
import { z } from 'zod';
import { FIELD_LIMITS } from '../../src/domain/application';
import { ACTIVITY_TYPES, MECHANISMS, PHASES } from '../../src/domain/logboek';
import { MAX_CAPACITY, MIN_CAPACITY, SCHOOL_TYPES } from '../../src/domain/matching';
import { ROLES } from '../../src/domain/user';
import { MAX_PARTICIPANTS, MAX_TEXT } from '../../src/features/logboek/logboek.service';
import type { ContainerName } from '../../src/storage/containers';

const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');
const personId = z
  .string()
  .min(1)
  .max(120)
  .refine((s) => s === s.toLowerCase(), 'not lower case');
const meta = {
  _rid: z.string(),
  _etag: z.string(),
  _ts: z.number(),
  _self: z.string().optional(),
  _attachments: z.string().optional(),
};

const user = z
  .object({
    id: personId,
    pk: z.literal('user'),
    type: z.literal('user'),
    name: z.string().max(120),
    roles: z.array(z.enum(ROLES).refine((r) => r !== 'medewerker')).max(ROLES.length),
    schoolIds: z.array(z.string().min(1).max(100)).max(50),
    updatedAt: iso,
    updatedBy: personId,
    ...meta,
  })
  .strict()
  .refine((u) => !u.roles.includes('coach') || u.schoolIds.length <= 5, 'a coach with more than 5 schools');

const school = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .max(60),
    pk: z.literal('school'),
    type: z.literal('school'),
    name: z.string().trim().min(2).max(120),
    shortNames: z.array(z.string().min(1).max(60)).max(20),
    brin: z
      .string()
      .regex(/^[0-9]{2}[A-Z]{2}$/)
      .optional(),
    region: z.string().max(80).optional(),
    board: z.string().max(120).optional(),
    updatedAt: iso,
    updatedBy: personId,
    ...meta,
  })
  .strict();

const convref = z
  .object({
    id: personId,
    pk: z.literal('convref'),
    type: z.literal('convref'),
    name: z.string().max(120).optional(),
    locale: z.enum(['nl', 'en']),
    serviceUrl: z.string().url(),
    conversationId: z.string().min(1),
    tenantId: z.string(),
    userId: z.string().min(1),
    botId: z.string().min(1),
    channelId: z.string().min(1),
    blocked: z.boolean().optional(),
    updatedAt: iso,
    ...meta,
  })
  .strict();

const conversationState = z
  .object({
    id: z.string().min(1).max(255),
    key: z.string().min(1),
    state: z
      .object({
        recentActivityIds: z.array(z.string().max(200)).max(50).optional(),
        privacy: z.object({ token: z.string().uuid(), expiresAt: iso }).strict().optional(),
      })
      // Feature keys (UI flow) are checked by the features' own schemas when they land.
      .passthrough(),
    updatedAt: iso,
    ...meta,
  })
  .strict();

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(60);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const logboekUpdate = z
  .object({
    id: z.string().min(1).max(100),
    type: z.literal('update'),
    schoolId: slug,
    date: day,
    activityType: z.enum(ACTIVITY_TYPES),
    mechanism: z.enum(MECHANISMS).nullable(),
    participants: z.number().int().min(0).max(MAX_PARTICIPANTS).nullable(),
    phase: z.enum(PHASES).nullable(),
    text: z.string().min(1).max(MAX_TEXT),
    coachId: personId,
    coachName: z.string().max(200),
    createdAt: iso,
    updatedAt: iso,
    deleted: z.boolean(),
    history: z
      .array(
        z.object({ at: iso, by: z.string(), action: z.enum(['created', 'edited', 'deleted']) }).passthrough(),
      )
      .max(500),
    ...meta,
  })
  .strict();

const scheduler = z.discriminatedUnion('kind', [
  z
    .object({ id: z.string(), kind: z.literal('lease'), holder: z.string(), expiresAt: iso, ...meta })
    .strict(),
  z.object({ id: z.string(), kind: z.literal('claim'), lastAt: iso, ...meta }).strict(),
  z
    .object({ id: z.string(), kind: z.literal('pause'), coachId: personId, until: day, setAt: iso, ...meta })
    .strict(),
  z
    .object({ id: z.string(), kind: z.literal('secret'), value: z.string().regex(/^[0-9a-f]{64}$/), ...meta })
    .strict(),
]);

const candidate = {
  id: personId,
  name: z.string().min(1).max(200),
  school: z.string().min(1).max(200),
  board: z.string().max(200).optional(),
  region: z.string().max(200),
  schoolType: z.enum(SCHOOL_TYPES),
  themes: z.array(z.enum(MECHANISMS)).max(MECHANISMS.length),
  phase: z.number().int().min(1).max(5),
};

const matching: Record<string, z.ZodTypeAny> = {
  profile: z
    .object({
      ...candidate,
      pk: z.literal('profile'),
      asLeermeester: z.boolean(),
      asGezel: z.boolean(),
      capacity: z.number().int().min(MIN_CAPACITY).max(MAX_CAPACITY),
      available: z.boolean(),
      paused: z.boolean(),
      priority: z.boolean().optional(),
      updatedAt: iso,
      ...meta,
    })
    .passthrough(),
  match: z
    .object({
      id: z.string().min(1),
      pk: z.literal('match'),
      gezelId: personId,
      leermeesterId: personId,
      status: z.string().min(1),
      createdAt: iso,
      ...meta,
    })
    .passthrough()
    .refine((m) => m.gezelId !== m.leermeesterId, 'a person matched with themselves'),
  seats: z
    .object({
      id: personId,
      pk: z.literal('seats'),
      matchIds: z.array(z.string()).max(MAX_CAPACITY),
      ...meta,
    })
    .strict(),
  gezel: z.object({ id: personId, pk: z.literal('gezel'), matchId: z.string().min(1), ...meta }).strict(),
  exclusion: z
    .object({
      id: z.string(),
      pk: z.literal('exclusion'),
      gezelId: personId,
      leermeesterId: personId,
      ...meta,
    })
    .passthrough(),
  settings: z.object({ id: z.literal('settings'), pk: z.literal('settings'), ...meta }).passthrough(),
  round: z
    .object({ id: z.string(), pk: z.literal('round'), status: z.enum(['draft', 'published']), ...meta })
    .passthrough(),
};

/** Every filled-in application field within its limits (the form's own rules). */
const applicationFields = z
  .object(
    Object.fromEntries(
      Object.entries(FIELD_LIMITS).map(([field, { max }]) => [
        field,
        z.union([z.string().max(max), z.array(z.string().max(100)).max(max), z.boolean()]).optional(),
      ]),
    ),
  )
  .strict();

const applicationDocs = (doc: Record<string, unknown>): z.ZodTypeAny | undefined => {
  const id = String(doc.id);
  if (doc.pk === 'rounds') {
    return z
      .object({ id: z.string().min(1), pk: z.literal('rounds'), places: z.number().int().min(0), ...meta })
      .passthrough();
  }
  if (id.startsWith('app:')) {
    return z
      .object({
        id: z.string(),
        pk: z.string().startsWith('round:'),
        roundId: z.string().min(1),
        schoolId: slug,
        schoolName: z.string().min(1).max(200),
        status: z.string().min(1),
        fields: applicationFields,
        participants: z
          .array(z.object({ id: personId, name: z.string().max(200), joinedAt: iso }).strict())
          .max(50),
        createdAt: iso,
        updatedAt: iso,
        ...meta,
      })
      .passthrough()
      .refine((a) => a.id === `app:${a.schoolId}`, 'id does not match the school');
  }
  if (id.startsWith('review:')) {
    return z
      .object({
        id: z.string(),
        pk: z.string().startsWith('round:'),
        reviewerId: personId,
        scores: z
          .array(
            z
              .object({
                criterionId: z.string().min(1),
                score: z.number().int().min(0).max(10),
                note: z.string().max(1000),
              })
              .strict(),
          )
          .max(20),
        ...meta,
      })
      .passthrough();
  }
  if (id === 'selection')
    return z
      .object({ id: z.literal('selection'), pk: z.string().startsWith('round:'), ...meta })
      .passthrough();
  return undefined;
};

const faqDocs: Record<string, z.ZodTypeAny> = {
  entry: z.object({ id: z.string().min(1).max(100), pk: z.literal('entry'), ...meta }).passthrough(),
  review: z
    .object({
      id: z.string().min(1),
      pk: z.literal('review'),
      status: z.enum(['open', 'resolved', 'dismissed']),
      key: z.array(z.string()),
      questions: z.array(z.object({}).passthrough()).max(500),
      nextGeneration: z.number().int().min(2).optional(),
      count: z.number().int().min(1),
      firstAt: iso,
      lastAt: iso,
      ...meta,
    })
    .passthrough(),
  audit: z
    .object({ id: z.string(), pk: z.literal('audit'), at: iso, by: z.string().min(1), ...meta })
    .passthrough(),
  feedback: z
    .object({
      id: z.string(),
      pk: z.literal('feedback'),
      at: iso,
      entryId: z.string().min(1),
      value: z.enum(['up', 'down']),
      locale: z.string(),
      ...meta,
    })
    .strict(),
  meta: z
    .object({
      id: z.literal('kb-version'),
      pk: z.literal('meta'),
      version: z.number().int(),
      updatedAt: iso,
      ...meta,
    })
    .strict(),
};

/** Per container: the schema for a document, chosen by its `type` (or the one schema of the container). */
export const RECORD_SCHEMAS: Record<
  ContainerName,
  (doc: Record<string, unknown>) => z.ZodTypeAny | undefined
> = {
  directory: (doc) => ({ user, school, convref })[String(doc.type) as 'user' | 'school' | 'convref'],
  botstate: () => conversationState,
  logboek: (doc) => (doc.type === 'update' ? logboekUpdate : undefined),
  scheduler: () => scheduler,
  matching: (doc) => matching[String(doc.pk)],
  applications: applicationDocs,
  faq: (doc) => faqDocs[String(doc.pk)],
};

/** No document should come near Cosmos' 2 MB item limit; a user's text is never stored whole when huge. */
export const MAX_DOCUMENT_BYTES = 64 * 1024;

/** Reads every document of every container and lists each one that breaks its schema. */
export async function invalidRecords(
  containers: Record<ContainerName, import('@azure/cosmos').Container>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const [name, container] of Object.entries(containers) as [
    ContainerName,
    import('@azure/cosmos').Container,
  ][]) {
    const { resources } = await container.items.readAll<Record<string, unknown>>().fetchAll();
    for (const doc of resources) {
      const where = `${name}/${JSON.stringify(doc.type ?? '')}/${String(doc.id).slice(0, 80)}`;
      const size = Buffer.byteLength(JSON.stringify(doc));
      if (size > MAX_DOCUMENT_BYTES) problems.push(`${where}: ${size} bytes`);
      const schema = RECORD_SCHEMAS[name](doc);
      if (!schema) {
        problems.push(`${where}: no schema for this kind of document`);
        continue;
      }
      const parsed = schema.safeParse(doc);
      if (!parsed.success) {
        problems.push(
          `${where}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        );
      }
    }
  }
  return problems;
}
