import type { Application } from '@microsoft/teams-ai';
import { TeamsInfo, type TurnContext } from 'botbuilder';
import { requireRole } from '../../domain/access';
import type { Feature, FeatureContext } from '../../bot/feature';
import { cardValue, saveOrResendForm, type TurnKit } from '../../bot/turn';
import type { FieldErrors } from '../../cards/form-errors';
import type { MessageKey } from '../../i18n';
import type { AppTurnState } from '../../bot/turn-state';
import type { Logger } from '../../logger';
import { isObjectId, type Person } from '../../domain/people';
import { CosmosPeopleDirectory } from '../../storage/people-directory';
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

export const adminFeature: Feature = {
  name: 'admin',
  register(app: Application<AppTurnState>, { deps, handle }: FeatureContext) {
    const service = new AdminService(
      deps.users,
      deps.schools,
      deps.now,
      new CosmosPeopleDirectory(deps.containers.directory),
    );
    /** The role form with people to pick: who the bot has met, and the team's members in a team. */
    const sendRoleForm = async (
      kit: TurnKit,
      raw: Record<string, unknown>,
      roster: Person[],
      errors?: FieldErrors,
      formError?: MessageKey,
    ): Promise<void> => {
      const values = roleFormValuesFrom(raw);
      const [schools, found] = await Promise.all([
        service.listSchools().catch(() => []),
        service.findPeople(await kit.caller(), values.personQuery, roster).catch(() => []),
      ]);
      await kit.sendCard(
        roleFormCard(kit.t, schools, { found, fromRoster: roster.length > 0 }, values, errors, formError),
      );
    };

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
    app.adaptiveCards.actionSubmit('admin.roles.list', showRoles);
    app.adaptiveCards.actionSubmit('admin.schools.list', showSchools);

    const showRoleForm = handle(async (kit) => {
      requireRole(await kit.caller(), 'beheerder');
      await sendRoleForm(kit, cardValue(kit.context), await teamRoster(kit.context, deps.log));
    });
    app.adaptiveCards.actionSubmit('admin.role.form', showRoleForm);
    // "Zoeken" on the form: the same form, the person choices narrowed to the name typed.
    app.adaptiveCards.actionSubmit('admin.role.find', showRoleForm);

    app.adaptiveCards.actionSubmit(
      'admin.role.save',
      handle(async (kit) => {
        const raw = cardValue(kit.context);
        const roster = await teamRoster(kit.context, deps.log);
        await saveOrResendForm(
          kit,
          deps.log,
          async () => {
            const saved = await service.assignRole(await kit.caller(), raw, roster);
            // assignRole just read the list fresh; the cache has it.
            const schools = await deps.schools.list();
            const names = saved.schoolIds.map((id) => schools.find((s) => s.id === id)?.name ?? id);
            const roles = ['medewerker' as const, ...saved.roles].map((r) => kit.t(`role.${r}`)).join(', ');
            await kit.say(
              `${kit.t('admin.roles.saved', { name: saved.name, roles })} ${kit.t(
                'admin.roles.savedSchools',
                {
                  schools: names.join(', ') || kit.t('admin.roles.noSchools'),
                },
              )}`,
            );
          },
          // With the store down the lists may not load; the form still comes back with the input.
          ({ formError, fieldErrors }) => sendRoleForm(kit, raw, roster, fieldErrors, formError),
        );
      }),
    );

    app.adaptiveCards.actionSubmit(
      'admin.school.form',
      handle(async (kit) => {
        requireRole(await kit.caller(), 'beheerder');
        const id = cardValue(kit.context).schoolId;
        const existing = typeof id === 'string' && id ? await deps.schools.get(id) : undefined;
        await kit.sendCard(schoolFormCard(kit.t, existing ? schoolFormValuesOf(existing) : {}));
      }),
    );

    app.adaptiveCards.actionSubmit(
      'admin.school.save',
      handle(async (kit) => {
        const raw = cardValue(kit.context);
        await saveOrResendForm(
          kit,
          deps.log,
          async () => {
            const saved = await service.saveSchool(await kit.caller(), raw);
            await kit.say(kit.t('admin.schools.saved', { name: saved.name }));
          },
          ({ formError, fieldErrors }) =>
            kit.sendCard(schoolFormCard(kit.t, schoolFormValuesFrom(raw), fieldErrors, formError)),
        );
      }),
    );
  },
};

/**
 * The members of the team or group chat the form is used in (Teams roster); none in a personal chat, or when
 * Teams does not answer in time. Only members with a well-formed object id are offered.
 */
async function teamRoster(context: TurnContext, log: Logger): Promise<Person[]> {
  const type = context.activity.conversation?.conversationType;
  if (!type || type === 'personal') return [];
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('roster timeout')), 3000);
    });
    const page = await Promise.race([TeamsInfo.getPagedMembers(context, 200), timeout]);
    const people: Person[] = [];
    for (const m of page.members) {
      const id = (m.aadObjectId ?? '').toLowerCase();
      if (isObjectId(id)) people.push({ id, name: m.name || id });
    }
    return people;
  } catch (err) {
    log.info({ err }, 'team roster not available; offering people the bot has met');
    return [];
  } finally {
    clearTimeout(timer);
  }
}
