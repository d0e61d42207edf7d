import type { Container } from '@azure/cosmos';
import type { Command } from 'commander';
import type { Config } from '../config';
import type { PersonalDataRegistry } from '../domain/personal-data';
import type { SchedulerRepository, UpdateRepository } from '../domain/logboek';
import type { MatchingRepository } from '../domain/matching-records';
import type { SchoolRepository, UserRepository } from '../domain/repositories';
import type { AdminService } from '../features/admin/admin.service';
import type { FaqRepository } from '../features/faq/faq-repository';
import type { ContainerName } from '../storage/containers';
import type { StoreInUse } from '../storage/cosmos';

/** Raw writes; the process passes its streams, tests pass buffers. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** What commands work with once connected. */
export interface CliStore {
  store: StoreInUse;
  users: UserRepository;
  schools: SchoolRepository;
  faq: FaqRepository;
  admin: AdminService;
  matching: MatchingRepository;
  ping(): Promise<boolean>;
  documentCounts(): Promise<Record<ContainerName, number>>;
  /** Every store of personal data (src/features/privacy/providers.ts). */
  personalData: PersonalDataRegistry;
  /** Deletes conversation state last written before `cutoff`; returns how many documents (would) go. */
  purgeConversationState(cutoff: Date, opts: { dryRun: boolean }): Promise<number>;
  /** Every container, for features that build their own repositories (e.g. rounds, applications). */
  containers: Record<ContainerName, Container>;
  /** The intervention logbook (updates export). */
  logboek: { updates: UpdateRepository; scheduler: SchedulerRepository };
}

export interface CliDeps {
  io: CliIo;
  /** Validated configuration; throws ConfigError. */
  config(): Config;
  /** Connects on first use, so `--help` and argument errors never touch the store. */
  store(): Promise<CliStore>;
  readFile(file: string): Promise<string>;
}

/** One top-level command with its subcommands, in its own file under commands/. */
export interface CommandGroup {
  register(program: Command, deps: CliDeps): void;
}

/** A failure the command explains itself; exit code 2 means "you called it wrong". */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Lines for people, or one JSON document for scripts (`--json`), always on stdout. */
export class Output {
  constructor(
    private readonly io: CliIo,
    readonly json: boolean,
  ) {}

  static for(command: Command, io: CliIo): Output {
    return new Output(io, command.optsWithGlobals<{ json?: boolean }>().json === true);
  }

  data(value: unknown): void {
    this.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  }

  line(text = ''): void {
    this.io.stdout(`${text}\n`);
  }

  /** Progress and diagnostics: stderr, so stdout stays parseable. */
  note(text: string): void {
    this.io.stderr(`${text}\n`);
  }

  table(headers: readonly string[], rows: readonly (readonly string[])[]): void {
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const format = (cells: readonly string[]): string =>
      cells
        .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd();
    this.line(format(headers));
    this.line(format(widths.map((w) => '-'.repeat(w))));
    for (const row of rows) this.line(format(row));
  }

  /** "label   value" lines under a heading. */
  fields(heading: string, pairs: readonly (readonly [string, string])[]): void {
    const width = Math.max(...pairs.map(([label]) => label.length));
    this.line(heading);
    for (const [label, value] of pairs) this.line(`  ${label.padEnd(width)}  ${value}`);
  }
}

/** First line of an error, short enough for a terminal. */
export function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const first = text.split('\n')[0]?.trim() ?? '';
  return first.length > 300
    ? `${first.slice(0, 300)}…`
    : first || (err instanceof Error ? err.name : 'unknown error');
}
