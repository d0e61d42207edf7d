import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { ROLES } from '../../domain/user';

export const DEFAULT_INTENTS_DIR = path.resolve(__dirname, '..', '..', '..', 'content', 'intents');

export const INTENT_KINDS = ['job', 'question', 'entry', 'chitchat'] as const;

const phrasings = z.array(z.string().min(1).max(200)).min(1);

const intentSchema = z
  .object({
    id: z.string().regex(/^[a-z]+\.[a-z]+$/),
    kind: z.enum(INTENT_KINDS),
    /** What the routes receive when a sentence clearly means this job; `{text}` is the whole message. */
    command: z.string().min(1).max(60).optional(),
    /** Any one of these roles may do it; none listed means everyone. */
    roles: z.array(z.enum(ROLES)).default([]),
    examples: z.object({ nl: phrasings, en: phrasings }),
  })
  .refine((i) => (i.kind === 'job') === (i.command !== undefined), {
    message: 'a job needs a command, and only a job has one',
  });

export type Intent = z.infer<typeof intentSchema>;

export class IntentFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`intent files are invalid:\n${problems.join('\n')}`);
    this.name = 'IntentFileError';
  }
}

/** Every content/intents/*.yaml, checked at once: all problems are reported together. */
export function loadIntents(dir: string = DEFAULT_INTENTS_DIR): Intent[] {
  const problems: string[] = [];
  const intents: Intent[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const parsed = z.array(intentSchema).safeParse(YAML.parse(readFileSync(path.join(dir, file), 'utf8')));
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${file}: ${i.path.join('.')} ${i.message}`));
      continue;
    }
    intents.push(...parsed.data);
  }
  const seen = new Set<string>();
  for (const i of intents) {
    if (seen.has(i.id)) problems.push(`${i.id}: defined twice`);
    seen.add(i.id);
  }
  if (intents.length === 0) problems.push(`${dir}: no intents`);
  if (problems.length > 0) throw new IntentFileError(problems);
  return intents;
}
