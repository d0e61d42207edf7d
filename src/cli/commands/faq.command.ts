import { Option, type Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { TABLE_FORMATS, type TableFormat } from '../../export/table-export';
import { FaqEngine } from '../../features/faq/faq-engine';
import type { FaqLocale } from '../../features/faq/faq-entry';
import { evaluate, parseEvalFile } from '../../features/faq/faq-eval';
import { exportFaq, FAQ_TABLES, type FaqTable } from '../../features/faq/faq-export';
import {
  DEFAULT_FAQ_DIR,
  loadKnowledgeBaseFiles,
  loadSynonyms,
  writeKnowledgeBaseFiles,
} from '../../features/faq/faq-files';
import { CliError, Output, type CliDeps, type CommandGroup } from '../context';

function localeOf(value: unknown): FaqLocale {
  if (value === undefined || value === 'nl' || value === 'en') return value ?? 'nl';
  throw new CliError(
    `--locale must be nl or en, not "${typeof value === 'string' ? value : typeof value}"`,
    2,
  );
}

/** The knowledge base as the files in the repository have it (questions never need the store). */
function engineFromFiles(dir: string): FaqEngine {
  return new FaqEngine(loadKnowledgeBaseFiles(dir), loadSynonyms(dir));
}

function askAction(question: string, opts: { locale?: string; dir?: string }, out: Output): void {
  const locale = localeOf(opts.locale);
  const engine = engineFromFiles(opts.dir ?? DEFAULT_FAQ_DIR);
  const d = engine.decide(question, locale);
  const answered = d.kind === 'answer' || d.kind === 'smalltalk';
  const entry = answered ? d.entry : undefined;
  const suggestions = (
    d.kind === 'suggest' ? d.choices : d.kind === 'answer' ? d.hits.slice(1, 4) : d.hits.slice(0, 3)
  ).map((h) => ({ entryId: h.entry.id, question: h.entry[locale].question }));
  const result = {
    answered,
    answer: entry ? entry[locale].answer : '',
    entryId: entry?.id ?? null,
    score: d.confidence,
    suggestions,
    outcome: d.kind,
    detail: entry ? entry[locale].detail : '',
  };
  if (out.json) {
    out.data(result);
    return;
  }
  if (entry) {
    out.line(`${entry[locale].answer}`);
    if (result.detail) out.line(`\n${result.detail}`);
    out.line(`\n(${entry.id}, score ${result.score})`);
  } else if (d.kind === 'suggest') {
    out.line(`Not sure (score ${result.score}). Did you mean:`);
    for (const s of suggestions) out.line(`  - ${s.question} (${s.entryId})`);
  } else {
    out.line(`I don't know (score ${result.score}).`);
  }
}

async function evalAction(
  file: string,
  opts: { locale?: string; dir?: string; verbose?: boolean },
  deps: CliDeps,
  out: Output,
): Promise<void> {
  const locale = localeOf(opts.locale);
  let text: string;
  try {
    text = await deps.readFile(file);
  } catch {
    throw new CliError(`cannot read ${file}`, 2);
  }
  let cases;
  try {
    cases = parseEvalFile(text, locale);
  } catch (err) {
    throw new CliError(`${file}: ${err instanceof Error ? err.message : String(err)}`, 2);
  }
  const engine = engineFromFiles(opts.dir ?? DEFAULT_FAQ_DIR);
  const unknownIds = cases.filter((c) => c.expected !== 'none' && !engine.byId.has(c.expected));
  if (unknownIds.length > 0) {
    throw new CliError(
      `${file}: unknown entry id(s): ${unknownIds.map((c) => `line ${c.line} "${c.expected}"`).join(', ')}`,
      2,
    );
  }
  const started = process.hrtime.bigint();
  const report = evaluate(engine, cases);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const { cases: results, ...summary } = report;
  if (out.json) {
    out.data({
      ...summary,
      msPerQuestion: Math.round((ms / Math.max(1, cases.length)) * 1000) / 1000,
      cases: results,
    });
    return;
  }
  const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
  out.fields(`FAQ evaluation of ${path.basename(file)} (${summary.questions} questions)`, [
    ['in scope', String(summary.inScope)],
    ['out of scope', String(summary.outOfScope)],
    ['top-1 accuracy', pct(summary.top1)],
    ['MRR@3', summary.mrr3.toFixed(3)],
    ['out of scope not answered', pct(summary.outOfScopeNotAnswered)],
    ['answered correctly', pct(summary.answeredCorrectly)],
    ['answered or offered', pct(summary.reachable)],
    ['answered wrongly', pct(summary.answeredWrongly)],
  ]);
  const misses = results.filter((r) =>
    r.expected === 'none'
      ? r.outcome === 'answer'
      : r.ranked[0] !== r.expected || (opts.verbose && r.outcome !== 'answer'),
  );
  if (misses.length > 0) {
    out.line('');
    out.line(opts.verbose ? 'Misses and questions not answered directly:' : 'Misses:');
    for (const r of misses) {
      out.line(
        `  line ${r.line}: "${r.question}" expected ${r.expected}, got ${r.outcome}${r.answeredWith ? ` ${r.answeredWith}` : ''} [${r.ranked.slice(0, 3).join(', ')}]`,
      );
    }
  }
}

async function exportAction(opts: { dir?: string }, deps: CliDeps, out: Output): Promise<void> {
  const dir = opts.dir ?? DEFAULT_FAQ_DIR;
  const { faq } = await deps.store();
  const stored = await faq.listEntries();
  if (stored.length === 0) {
    throw new CliError('the store has no FAQ entries yet: start the bot once, so it loads the files', 1);
  }
  const changed = await writeKnowledgeBaseFiles(
    stored.map((s) => s.entry),
    dir,
  );
  const edited = stored.filter((s) => s.edited).map((s) => s.entry.id);
  if (out.json) {
    out.data({ entries: stored.length, editedInTeams: edited, changedFiles: changed });
    return;
  }
  out.line(`Exported ${stored.length} entries to ${dir}.`);
  out.line(
    edited.length > 0
      ? `Edited in Teams since the last export: ${edited.join(', ')}.`
      : 'No entry was edited in Teams since the files were loaded.',
  );
  out.line(
    changed.length > 0 ? `Changed files:\n${changed.map((f) => `  ${f}`).join('\n')}` : 'No file changed.',
  );
  out.line('Review the diff and commit it; at the next start the store takes these files as its base.');
}

async function sheetAction(
  opts: { format: TableFormat; table: FaqTable; out?: string },
  deps: CliDeps,
  out: Output,
): Promise<void> {
  const { faq } = await deps.store();
  const result = await exportFaq(faq, opts.format, opts.table);
  const file = opts.out ?? (opts.format === 'xlsx' ? 'faq.xlsx' : undefined);
  if (!file) {
    deps.io.stdout(result.content.toString('utf8'));
    out.note(`${result.entries} entries, ${result.reviews} open review items`);
    return;
  }
  await writeFile(file, result.content);
  if (out.json) out.data({ entries: result.entries, reviews: result.reviews, file });
  else out.line(`Wrote ${result.entries} entries and ${result.reviews} open review items to ${file}.`);
}

export const faqCommands: CommandGroup = {
  register(program: Command, deps: CliDeps): void {
    const faq = program.command('faq').description('the FAQ knowledge base: ask, evaluate, export');
    faq
      .command('ask')
      .description('answers one question from the knowledge base files, as the bot would')
      .argument('<question>', 'the question, in quotes')
      .option('--locale <locale>', 'nl or en', 'nl')
      .option('--dir <dir>', 'knowledge base folder (default content/faq)')
      .action((question: string, opts: { locale?: string; dir?: string }, command: Command) => {
        askAction(question, opts, Output.for(command, deps.io));
      });
    faq
      .command('eval')
      .description(
        'top-1 accuracy, MRR@3 and out-of-scope refusals on a file of "question<TAB>entry id or none"',
      )
      .argument('<file>', 'the evaluation file (e.g. content/faq-eval/heldout.tsv)')
      .option('--locale <locale>', 'locale of lines without one', 'nl')
      .option('--dir <dir>', 'knowledge base folder (default content/faq)')
      .option('--verbose', 'also list questions that were offered but not answered directly')
      .action(
        async (
          file: string,
          opts: { locale?: string; dir?: string; verbose?: boolean },
          command: Command,
        ) => {
          await evalAction(file, opts, deps, Output.for(command, deps.io));
        },
      );
    faq
      .command('export')
      .description('writes the knowledge base from the store (with edits made in Teams) back to the files')
      .option('--dir <dir>', 'knowledge base folder (default content/faq)')
      .action(async (opts: { dir?: string }, command: Command) => {
        await exportAction(opts, deps, Output.for(command, deps.io));
      });
    faq
      .command('sheet')
      .description(
        'the entries and the open review queue as a spreadsheet (xlsx: both sheets; csv: one table)',
      )
      .addOption(new Option('--format <format>', 'file format').choices([...TABLE_FORMATS]).default('xlsx'))
      .addOption(
        new Option('--table <table>', 'the table for csv').choices([...FAQ_TABLES]).default('entries'),
      )
      .option('--out <file>', 'write to this file (xlsx default: faq.xlsx; csv default: stdout)')
      .action(async (opts: { format: TableFormat; table: FaqTable; out?: string }, command: Command) => {
        await sheetAction(opts, deps, Output.for(command, deps.io));
      });
  },
};
