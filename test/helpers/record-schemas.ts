/**
 * What every stored document must look like, per container and type: the fuzz and load tests read everything
 * back and check it against these. A job that stores a new kind of document adds its schema here.
 */
import { z } from 'zod';
import { ROLES } from '../../src/domain/user';
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

/** Per container: the schema for a document, chosen by its `type` (or the one schema of the container). */
export const RECORD_SCHEMAS: Record<
  ContainerName,
  (doc: Record<string, unknown>) => z.ZodTypeAny | undefined
> = {
  directory: (doc) => ({ user, school, convref })[String(doc.type) as 'user' | 'school' | 'convref'],
  botstate: () => conversationState,
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
