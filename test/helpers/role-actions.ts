/**
 * Every command and card action that needs a role, tried by someone without it in the security tests. A job
 * that adds a beheerder/beoordelaar/coach/schoolleider action adds a line here; a card verb that anyone may use
 * goes in OPEN_VERBS. The security test fails on a verb in src/ that is in neither list.
 */
import type { Activity } from 'botbuilder';
import type { Role } from '../../src/domain/user';

export interface RoleAction {
  role: Role;
  name: string;
  input: string | Partial<Activity>;
}

const submit = (value: Record<string, unknown>): Partial<Activity> => ({ type: 'message', value });
const OTHER = 'a0000000-0000-4000-8000-0000000000ff';

export const ROLE_ACTIONS: readonly RoleAction[] = [
  { role: 'beheerder', name: 'beheer (menu)', input: 'beheer' },
  { role: 'beheerder', name: 'rollen (list)', input: 'rollen' },
  { role: 'beheerder', name: 'scholen (list)', input: 'scholen' },
  { role: 'beheerder', name: 'admin.roles.list', input: submit({ verb: 'admin.roles.list' }) },
  { role: 'beheerder', name: 'admin.schools.list', input: submit({ verb: 'admin.schools.list' }) },
  { role: 'beheerder', name: 'admin.role.form', input: submit({ verb: 'admin.role.form' }) },
  {
    role: 'beheerder',
    name: 'admin.role.save (make themselves beheerder)',
    input: submit({
      verb: 'admin.role.save',
      personId: OTHER,
      role: 'beheerder',
      action: 'add',
      schoolIds: '',
    }),
  },
  {
    role: 'beheerder',
    name: 'admin.school.form',
    input: submit({ verb: 'admin.school.form', schoolId: 'x' }),
  },
  {
    role: 'beheerder',
    name: 'admin.school.save',
    input: submit({ verb: 'admin.school.save', name: 'Indringer College', shortNames: '', brin: '' }),
  },
];

/** Card verbs anyone may use (they act on the caller's own data or show public help). */
export const OPEN_VERBS: readonly string[] = [
  'core.help',
  'privacy.mine',
  'privacy.erase.ask',
  'privacy.erase.confirm',
  'privacy.erase.cancel',
];
