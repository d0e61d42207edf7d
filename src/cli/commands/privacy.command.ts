import type { Command } from 'commander';
import { isObjectId } from '../../domain/people';
import { CONVERSATION_STATE_RETENTION_DAYS } from '../../storage/containers';
import { CliError, Output, type CliDeps, type CommandGroup } from '../context';

function personId(raw: string): string {
  // The same rule as the role form: a GUID, or the Agents Playground's longer test ids.
  if (!isObjectId(raw.trim())) throw new CliError(`"${raw}" is not an Entra ID object id (a GUID)`, 2);
  return raw.trim().toLowerCase();
}

async function show(deps: CliDeps, out: Output, id: string): Promise<void> {
  const { personalData } = await deps.store();
  const { sections, failed } = await personalData.describe(id, deps.config().defaultLocale);
  if (out.json) out.data({ id, sections, failed });
  else if (sections.length === 0) out.line(`Nothing is stored about ${id}.`);
  else
    for (const s of sections) {
      out.line(s.title);
      for (const line of s.lines) out.line(`  ${line}`);
    }
  if (failed.length > 0) throw new CliError(`could not read: ${failed.join(', ')}; try again`);
}

async function erase(deps: CliDeps, out: Output, id: string, yes: boolean): Promise<void> {
  const { personalData } = await deps.store();
  if (!yes) {
    const { sections } = await personalData.describe(id, deps.config().defaultLocale);
    out.note(
      sections.length === 0
        ? `Nothing is stored about ${id}.`
        : `This would erase: ${sections.map((s) => s.title).join('; ')}. Run again with --yes to erase.`,
    );
    if (sections.length > 0) throw new CliError('not erased: add --yes to confirm', 2);
    return;
  }
  const report = await personalData.erase(id);
  if (out.json) out.data({ id, ...report });
  else
    out.line(
      `Erased for ${id}: ${Object.entries(report.erased)
        .map(([name, n]) => `${name} ${n}`)
        .join(', ')}`,
    );
  if (report.failed.length > 0) {
    throw new CliError(`not finished: ${report.failed.join(', ')} failed; run the same command again`);
  }
}

async function purgeState(deps: CliDeps, out: Output, days: number, yes: boolean): Promise<void> {
  const cutoff = new Date(Date.now() - days * 24 * 3600 * 1000);
  const store = await deps.store();
  const count = await store.purgeConversationState(cutoff, { dryRun: !yes });
  if (out.json) out.data({ olderThanDays: days, cutoff: cutoff.toISOString(), count, deleted: yes });
  else
    out.line(
      yes
        ? `Deleted ${count} conversation states last changed before ${cutoff.toISOString()}.`
        : `${count} conversation states were last changed before ${cutoff.toISOString()}; add --yes to delete them.`,
    );
}

export const privacyCommands: CommandGroup = {
  register(program: Command, deps: CliDeps): void {
    const group = program
      .command('privacy')
      .description("a person's data (AVG): show it, erase it, and the retention of conversation state");
    group
      .command('show')
      .description('everything stored about a person, by Entra ID object id')
      .argument('<aadObjectId>')
      .action(async (id: string, _opts: unknown, command: Command) => {
        await show(deps, Output.for(command, deps.io), personId(id));
      });
    group
      .command('erase')
      .description('erase everything stored about a person (asks for --yes)')
      .argument('<aadObjectId>')
      .option('--yes', 'really erase')
      .action(async (id: string, opts: { yes?: boolean }, command: Command) => {
        await erase(deps, Output.for(command, deps.io), personId(id), opts.yes === true);
      });
    group
      .command('purge-state')
      .description(
        `delete conversation state not changed for a while (Azure expires it itself after ${CONVERSATION_STATE_RETENTION_DAYS} days)`,
      )
      .option('--older-than-days <days>', 'age in days', String(CONVERSATION_STATE_RETENTION_DAYS))
      .option('--yes', 'really delete (otherwise only count)')
      .action(async (opts: { olderThanDays: string; yes?: boolean }, command: Command) => {
        const days = Number(opts.olderThanDays);
        if (!Number.isFinite(days) || days < 1) throw new CliError('--older-than-days must be 1 or more', 2);
        await purgeState(deps, Output.for(command, deps.io), days, opts.yes === true);
      });
  },
};
