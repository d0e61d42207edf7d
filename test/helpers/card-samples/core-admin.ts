import type { AdaptiveCardJson } from '../../../src/cards/render';
import type { School } from '../../../src/domain/school';
import type { UserRecord } from '../../../src/domain/user';
import {
  adminMenuCard,
  roleFormCard,
  rolesListCard,
  schoolFormCard,
  schoolsListCard,
} from '../../../src/features/admin/admin.cards';
import { helpCard, JOBS, welcomeCard } from '../../../src/features/core/core.cards';
import { translator, type Locale } from '../../../src/i18n';

const school: School = {
  id: 'albeda',
  name: 'Albeda',
  shortNames: ['Albeda', 'Albeda College'],
  region: 'Rijnmond',
  board: 'Stichting Albeda',
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'x',
};
const user: UserRecord = {
  id: 'a0000000-0000-4000-8000-000000000002',
  name: 'Alice de Vries',
  roles: ['coach'],
  schoolIds: ['albeda'],
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'x',
};

/**
 * One or more samples per template in /cards, built through the same functions the bot uses.
 * A template without samples fails the suite: every card is checked before a user sees it.
 */
export function samples(locale: Locale): Record<string, AdaptiveCardJson[]> {
  const t = translator(locale);
  return {
    'core/welcome': [
      welcomeCard(t, { name: 'Alice de Vries', personal: true }),
      welcomeCard(t, { personal: false }),
    ],
    'core/help': [
      helpCard(t, { available: new Set(), isBeheerder: false }),
      helpCard(t, { available: new Set(JOBS), isBeheerder: true }),
    ],
    'admin/menu': [adminMenuCard(t)],
    'admin/roles-list': [
      rolesListCard(t, [user], [school], ['b0000000-0000-4000-8000-000000000001']),
      rolesListCard(t, [], [], []),
    ],
    'admin/role-form': [
      roleFormCard(t, [school], { found: [{ id: user.id, name: user.name }] }),
      roleFormCard(t, [school], { found: [] }, { personQuery: 'Fatima' }),
      roleFormCard(t, [school], { found: [], fromRoster: true }),
      roleFormCard(
        t,
        [school],
        { found: [] },
        { personIdTyped: 'nope', role: 'coach' },
        { personId: 'admin.roles.personError' },
      ),
    ],
    'admin/schools-list': [schoolsListCard(t, [school]), schoolsListCard(t, [])],
    'admin/school-form': [
      schoolFormCard(t),
      schoolFormCard(t, { name: 'X' }, { name: 'admin.schools.nameError' }),
    ],
  };
}
