import type { Application } from '@microsoft/teams-ai';
import { requireRole } from '../../domain/access';
import type { Feature, FeatureContext } from '../../bot/feature';
import { registerForm } from '../../bot/forms';
import { cardValue } from '../../bot/turn';
import type { AppTurnState } from '../../bot/turn-state';
import {
  adminMenuCard,
  roleFormCard,
  roleFormValuesFrom,
  rolesListCard,
  schoolFormCard,
  schoolFormValuesFrom,
  schoolFormValuesOf,
  schoolsListCard,
} from './admin.cards';
import { AdminService } from './admin.service';
import { onAction } from '../../bot/actions';

export const adminFeature: Feature = {
  name: 'admin',
  register(app: Application<AppTurnState>, ctx: FeatureContext) {
    const { deps, handle } = ctx;
    const service = new AdminService(deps.users, deps.schools);

    const showRoles = handle(async (kit) => {
      const caller = await kit.caller();
      const [users, schools] = await Promise.all([service.listUsers(caller), service.listSchools()]);
      await kit.sendCard(rolesListCard(kit.t, users, schools, deps.config.bootstrapBeheerders));
    });
    const showSchools = handle(async (kit) => {
      requireRole(await kit.caller(), 'beheerder');
      await kit.sendCard(schoolsListCard(kit.t, await service.listSchools()));
    });
    const showMenu = handle(async (kit) => {
      requireRole(await kit.caller(), 'beheerder');
      await kit.sendCard(adminMenuCard(kit.t));
    });

    app.message(/^\s*(beheer|admin)\s*[.!]?\s*$/i, showMenu);
    app.message(/^\s*(rollen|roles)\s*$/i, showRoles);
    app.message(/^\s*(scholen|schools)\s*$/i, showSchools);
    onAction(app, 'admin.roles.list', showRoles);
    onAction(app, 'admin.schools.list', showSchools);

    onAction(
      app,
      'admin.role.form',
      handle(async (kit) => {
        requireRole(await kit.caller(), 'beheerder');
        await kit.sendCard(roleFormCard(kit.t, await service.listSchools()));
      }),
    );

    registerForm(app, ctx, {
      verb: 'admin.role.save',
      async save(kit, raw) {
        const saved = await service.assignRole(await kit.caller(), raw);
        // assignRole just read the list fresh; the cache has it.
        const schools = await deps.schools.list();
        const names = saved.schoolIds.map((id) => schools.find((s) => s.id === id)?.name ?? id);
        const roles = ['medewerker' as const, ...saved.roles].map((r) => kit.t(`role.${r}`)).join(', ');
        await kit.say(
          `${kit.t('admin.roles.saved', { name: saved.name, roles })} ${kit.t('admin.roles.savedSchools', {
            schools: names.join(', ') || kit.t('admin.roles.noSchools'),
          })}`,
        );
      },
      async render(kit, raw, { fieldErrors, formError }) {
        // With the store down the school list may not load; the form still comes back with the input.
        const schools = await service.listSchools().catch(() => []);
        return roleFormCard(kit.t, schools, roleFormValuesFrom(raw), fieldErrors, formError);
      },
    });

    onAction(
      app,
      'admin.school.form',
      handle(async (kit) => {
        requireRole(await kit.caller(), 'beheerder');
        const id = cardValue(kit.context).schoolId;
        const existing = typeof id === 'string' && id ? await deps.schools.get(id) : undefined;
        await kit.sendCard(schoolFormCard(kit.t, existing ? schoolFormValuesOf(existing) : {}));
      }),
    );

    registerForm(app, ctx, {
      verb: 'admin.school.save',
      async save(kit, raw) {
        const saved = await service.saveSchool(await kit.caller(), raw);
        await kit.say(kit.t('admin.schools.saved', { name: saved.name }));
      },
      render: (kit, raw, { fieldErrors, formError }) =>
        schoolFormCard(kit.t, schoolFormValuesFrom(raw), fieldErrors, formError),
    });
  },
};
