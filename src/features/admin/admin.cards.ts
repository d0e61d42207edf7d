import { renderCard, type AdaptiveCardJson } from '../../cards/render';
import type { School } from '../../domain/school';
import { ROLES, type UserRecord } from '../../domain/user';
import { formErrorTexts, inputText as asText, type FieldErrors } from '../../cards/form-errors';
import type { MessageKey, Translate } from '../../i18n';

export function adminMenuCard(t: Translate): AdaptiveCardJson {
  return renderCard('admin/menu', {
    title: t('admin.title'),
    intro: t('admin.intro'),
    rolesButton: t('admin.button.roles'),
    assignButton: t('admin.button.assign'),
    schoolsButton: t('admin.button.schools'),
    addSchoolButton: t('admin.button.addSchool'),
    exportButton: t('adminExport.menuButton'),
    importRoundsButton: t('adminImport.menuRounds'),
    importProfilesButton: t('adminImport.menuProfiles'),
  });
}

export function rolesListCard(
  t: Translate,
  users: UserRecord[],
  schools: School[],
  bootstrap: readonly string[],
): AdaptiveCardJson {
  const schoolName = new Map(schools.map((s) => [s.id, s.name]));
  const people = users
    .filter((u) => u.roles.length > 0)
    .map((u) => ({
      name: u.name,
      rolesLabel: t('admin.roles.column.roles'),
      schoolsLabel: t('admin.roles.column.schools'),
      roles: u.roles.map((r) => t(`role.${r}`)).join(', '),
      schools: u.schoolIds.map((id) => schoolName.get(id) ?? id).join(', ') || t('admin.roles.noSchools'),
    }));
  for (const id of bootstrap) {
    people.push({
      name: `${id} ${t('admin.roles.bootstrap')}`,
      rolesLabel: t('admin.roles.column.roles'),
      schoolsLabel: t('admin.roles.column.schools'),
      roles: t('role.beheerder'),
      schools: t('admin.roles.noSchools'),
    });
  }
  return renderCard('admin/roles-list', {
    title: t('admin.roles.title'),
    empty: t('admin.roles.empty'),
    people,
    assignButton: t('admin.button.assign'),
  });
}

export interface RoleFormValues {
  personId: string;
  personName: string;
  role: string;
  action: string;
  schoolIds: string;
}

/** Keeps what the user typed (trimmed to sane lengths) so a rejected form comes back filled in. */
export function roleFormValuesFrom(raw: unknown): RoleFormValues {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    personId: asText(r.personId, 36),
    personName: asText(r.personName, 120),
    role: asText(r.role, 20),
    action: r.action === 'remove' ? 'remove' : 'add',
    schoolIds: asText(r.schoolIds, 2000),
  };
}

export function roleFormCard(
  t: Translate,
  schools: School[],
  values: Partial<RoleFormValues> = {},
  errors: FieldErrors = {},
  /** A message over the whole form instead of the validation summary (e.g. the store was down). */
  formError?: MessageKey,
): AdaptiveCardJson {
  return renderCard('admin/role-form', {
    title: t('admin.roles.assign.title'),
    ...formErrorTexts(t, errors, ['personId', 'schoolIds'], formError),
    personLabel: t('admin.roles.person'),
    personPlaceholder: t('admin.roles.personPlaceholder'),
    personError: t('admin.roles.personError'),
    personNameLabel: t('admin.roles.personName'),
    roleLabel: t('admin.roles.role'),
    actionLabel: t('admin.roles.action'),
    addLabel: t('admin.roles.action.add'),
    removeLabel: t('admin.roles.action.remove'),
    schoolsLabel: t('admin.roles.schools'),
    submit: t('admin.roles.submit'),
    personId: values.personId ?? '',
    personName: values.personName ?? '',
    role: values.role ?? 'coach',
    action: values.action ?? 'add',
    schoolIds: values.schoolIds ?? '',
    roleChoices: ROLES.filter((r) => r !== 'medewerker').map((r) => ({ title: t(`role.${r}`), value: r })),
    schoolChoices: schools.map((s) => ({ title: s.name, value: s.id })),
  });
}

export function schoolsListCard(t: Translate, schools: School[]): AdaptiveCardJson {
  return renderCard('admin/schools-list', {
    title: t('admin.schools.title'),
    countText: t('admin.schools.count', { count: schools.length }),
    empty: t('admin.schools.empty'),
    editLabel: '✏️',
    addButton: t('admin.button.addSchool'),
    schools: schools.map((s) => ({
      id: s.id,
      name: s.name,
      details: [s.shortNames.join(', '), s.brin, s.region, s.board].filter(Boolean).join(' · ') || ' ',
    })),
  });
}

export interface SchoolFormValues {
  schoolId: string;
  name: string;
  shortNames: string;
  brin: string;
  region: string;
  board: string;
}

export function schoolFormValuesFrom(raw: unknown): SchoolFormValues {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    schoolId: asText(r.schoolId, 60),
    name: asText(r.name, 120),
    shortNames: asText(r.shortNames, 500),
    brin: asText(r.brin, 10),
    region: asText(r.region, 80),
    board: asText(r.board, 120),
  };
}

export function schoolFormValuesOf(s: School): SchoolFormValues {
  return {
    schoolId: s.id,
    name: s.name,
    shortNames: s.shortNames.join(', '),
    brin: s.brin ?? '',
    region: s.region ?? '',
    board: s.board ?? '',
  };
}

export function schoolFormCard(
  t: Translate,
  values: Partial<SchoolFormValues> = {},
  errors: FieldErrors = {},
  /** A message over the whole form instead of the validation summary (e.g. the store was down). */
  formError?: MessageKey,
): AdaptiveCardJson {
  return renderCard('admin/school-form', {
    title: t('admin.schools.add.title'),
    ...formErrorTexts(t, errors, ['name', 'brin'], formError),
    nameLabel: t('admin.schools.name'),
    nameError: t('admin.schools.nameError'),
    shortNamesLabel: t('admin.schools.shortNames'),
    brinLabel: t('admin.schools.brin'),
    brinError: t('admin.schools.brinError'),
    regionLabel: t('admin.schools.region'),
    boardLabel: t('admin.schools.board'),
    submit: t('admin.schools.submit'),
    schoolId: values.schoolId ?? '',
    name: values.name ?? '',
    shortNames: values.shortNames ?? '',
    brin: values.brin ?? '',
    region: values.region ?? '',
    board: values.board ?? '',
  });
}
