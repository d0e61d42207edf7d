import type { Command } from 'commander';
import type { Role } from '../../domain/user';
import { Output, type CliDeps, type CommandGroup } from '../context';

interface PersonWithRoles {
  id: string;
  /** Empty for a bootstrap beheerder who never used the bot. */
  name: string;
  roles: Role[];
  /** Beheerder through BOOTSTRAP_BEHEERDERS, whatever is stored. */
  bootstrap: boolean;
  schools: { id: string; name: string | null }[];
}

async function listAction(deps: CliDeps, out: Output): Promise<void> {
  const config = deps.config();
  const { users, schools } = await deps.store();
  const [stored, allSchools] = await Promise.all([users.list(), schools.list()]);
  const schoolName = new Map(allSchools.map((s) => [s.id, s.name]));
  const bootstrap = new Set(config.bootstrapBeheerders);

  const people: PersonWithRoles[] = stored
    .filter((u) => u.roles.length > 0 || bootstrap.has(u.id))
    .map((u) => ({
      id: u.id,
      name: u.name,
      roles: bootstrap.has(u.id) && !u.roles.includes('beheerder') ? [...u.roles, 'beheerder'] : u.roles,
      bootstrap: bootstrap.has(u.id),
      schools: u.schoolIds.map((id) => ({ id, name: schoolName.get(id) ?? null })),
    }));
  const storedIds = new Set(stored.map((u) => u.id));
  for (const id of config.bootstrapBeheerders) {
    if (!storedIds.has(id)) people.push({ id, name: '', roles: ['beheerder'], bootstrap: true, schools: [] });
  }

  if (out.json) {
    out.data({ users: people });
    return;
  }
  if (people.length === 0) {
    out.line(
      'No one has a role yet. Set BOOTSTRAP_BEHEERDERS to the Entra object id of the first beheerder.',
    );
    return;
  }
  out.table(
    ['ID', 'NAME', 'ROLES', 'SCHOOLS'],
    people.map((p) => [
      p.id,
      p.name || '-',
      p.roles.map((r) => (r === 'beheerder' && p.bootstrap ? 'beheerder (bootstrap)' : r)).join(', '),
      p.schools.map((s) => s.name ?? `${s.id} (unknown school)`).join(', ') || '-',
    ]),
  );
  out.line();
  out.line('(bootstrap) = beheerder through BOOTSTRAP_BEHEERDERS in the configuration.');
}

export const rolesCommands: CommandGroup = {
  register(program: Command, deps: CliDeps): void {
    const roles = program.command('roles').description('who has which role');
    roles
      .command('list')
      .description('everyone with a stored role, plus the bootstrap beheerders from the configuration')
      .action(async (_opts: unknown, command: Command) => {
        await listAction(deps, Output.for(command, deps.io));
      });
  },
};
