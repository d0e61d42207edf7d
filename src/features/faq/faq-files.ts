import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import YAML, { isMap, isSeq, type Document } from 'yaml';
import { z } from 'zod';
import { entrySchema, PROGRAMMES, type FaqEntry, type KnowledgeBase, type SourceDoc } from './faq-entry';

/** The knowledge base as reviewed in pull requests: content/faq/<topic>.yaml plus sources.yaml. */
export const DEFAULT_FAQ_DIR = path.resolve(__dirname, '..', '..', '..', 'content', 'faq');

const SOURCES_FILE = 'sources.yaml';
const SYNONYMS_FILE = 'synonyms.yaml';

export class KnowledgeBaseFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`knowledge base files are invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'KnowledgeBaseFileError';
  }
}

/** Reads and validates every file; reports all problems at once. */
export function loadKnowledgeBaseFiles(dir: string = DEFAULT_FAQ_DIR): KnowledgeBase {
  const problems: string[] = [];
  const sources = YAML.parse(readFileSync(path.join(dir, SOURCES_FILE), 'utf8')) as Record<string, SourceDoc>;
  const entries: FaqEntry[] = [];
  for (const file of topicFiles(dir)) {
    const topic = file.slice(0, -'.yaml'.length);
    const raw = YAML.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown;
    if (!Array.isArray(raw)) {
      problems.push(`${file}: expected a list of entries`);
      continue;
    }
    raw.forEach((item, i) => {
      const parsed = entrySchema.safeParse(item);
      if (!parsed.success) {
        const id = (item as { id?: unknown } | null)?.id;
        const where = typeof id === 'string' ? id : `#${i + 1}`;
        for (const issue of parsed.error.issues)
          problems.push(`${file} ${where}: ${issue.path.join('.')} ${issue.message}`);
      } else {
        entries.push({ ...parsed.data, topic });
      }
    });
  }
  if (problems.length > 0) throw new KnowledgeBaseFileError(problems);
  return { entries, sources };
}

function topicFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && f !== SOURCES_FILE && f !== SYNONYMS_FILE)
    .sort();
}

const conceptSchema = z.object({
  concept: z.string().regex(/^[a-z0-9]+$/),
  programme: z.enum(PROGRAMMES).optional(),
  terms: z.string().transform((s) =>
    s
      .split('|')
      .map((t) => t.trim())
      .filter((t) => t.length > 0),
  ),
});
const synonymsSchema = z.object({ nl: z.array(conceptSchema), en: z.array(conceptSchema) });
export type Synonyms = z.infer<typeof synonymsSchema>;

/** The synonym and abbreviation list (content/faq/synonyms.yaml). */
export function loadSynonyms(dir: string = DEFAULT_FAQ_DIR): Synonyms {
  const parsed = synonymsSchema.safeParse(YAML.parse(readFileSync(path.join(dir, SYNONYMS_FILE), 'utf8')));
  if (!parsed.success)
    throw new KnowledgeBaseFileError(
      parsed.error.issues.map((i) => `${SYNONYMS_FILE}: ${i.path.join('.')} ${i.message}`),
    );
  return parsed.data;
}

/** The entry as written in a file: fixed key order, empty optional fields left out. */
function fileShape(e: FaqEntry): Record<string, unknown> {
  const loc = (l: FaqEntry['nl']) => ({
    question: l.question,
    alternates: l.alternates,
    ...(l.keywords.length > 0 ? { keywords: l.keywords } : {}),
    answer: l.answer,
    detail: l.detail,
  });
  return {
    id: e.id,
    ...(e.kind === 'faq' ? {} : { kind: e.kind }),
    programmes: e.programmes,
    audience: e.audience,
    source: { doc: e.source.doc, section: e.source.section },
    followUps: e.followUps,
    ...(e.live ? { live: e.live } : {}),
    nl: loc(e.nl),
    en: loc(e.en),
  };
}

const FLOW_KEYS = new Set(['programmes', 'audience', 'followUps', 'keywords', 'source']);

/** One topic file, in the one canonical layout (so an export only shows real edits in a diff). */
export function serializeTopic(entries: readonly FaqEntry[]): string {
  const doc: Document = new YAML.Document(entries.map(fileShape));
  YAML.visit(doc, {
    Pair(_key, pair) {
      const k = (pair.key as { value?: unknown } | null)?.value;
      if (typeof k === 'string' && FLOW_KEYS.has(k) && (isSeq(pair.value) || isMap(pair.value))) {
        pair.value.flow = true;
      }
    },
  });
  if (isSeq(doc.contents)) {
    doc.contents.items.forEach((item, i) => {
      if (i > 0 && isMap(item)) item.spaceBefore = true;
    });
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/**
 * Writes the knowledge base back to files: entries stay in their topic file and keep the order they had
 * there; new ones go to the end. Returns the files that changed.
 */
export async function writeKnowledgeBaseFiles(
  entries: readonly FaqEntry[],
  dir: string = DEFAULT_FAQ_DIR,
): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const byTopic = new Map<string, FaqEntry[]>();
  for (const e of entries) byTopic.set(e.topic, [...(byTopic.get(e.topic) ?? []), e]);
  const changed: string[] = [];
  const existingTopics = existsSync(dir) ? topicFiles(dir).map((f) => f.slice(0, -5)) : [];
  for (const topic of new Set([...existingTopics, ...byTopic.keys()])) {
    const file = path.join(dir, `${topic}.yaml`);
    const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const order = idsInFile(before);
    const list = [...(byTopic.get(topic) ?? [])].sort((a, b) => {
      const ia = order.get(a.id) ?? Number.MAX_SAFE_INTEGER;
      const ib = order.get(b.id) ?? Number.MAX_SAFE_INTEGER;
      return ia !== ib ? ia - ib : a.id.localeCompare(b.id);
    });
    const after = await formatYaml(list.length > 0 ? serializeTopic(list) : '[]\n', file);
    if (after !== before) {
      writeFileSync(file, after);
      changed.push(file);
    }
  }
  return changed;
}

/** The repository's formatter has the last word on layout, so `prettier --check` passes after an export. */
export async function formatYaml(text: string, file: string): Promise<string> {
  const prettier = await import('prettier');
  // The repository's settings, also when exporting to a folder outside it.
  const options = (await prettier.resolveConfig(path.join(DEFAULT_FAQ_DIR, path.basename(file)))) ?? {};
  return prettier.format(text, { ...options, parser: 'yaml' });
}

function idsInFile(text: string): Map<string, number> {
  const ids = new Map<string, number>();
  for (const m of text.matchAll(/^- id: (\S+)$/gm)) if (m[1]) ids.set(m[1], ids.size);
  return ids;
}
