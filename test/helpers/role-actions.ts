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
  // Exports and imports in Teams (admin-transfer)
  { role: 'beheerder', name: 'export (form)', input: 'export' },
  { role: 'beheerder', name: 'importeer rondes', input: 'importeer rondes' },
  { role: 'beheerder', name: 'admin.export.form', input: submit({ verb: 'admin.export.form' }) },
  {
    role: 'beheerder',
    name: 'admin.export.create (a download link)',
    input: submit({ verb: 'admin.export.create', kind: 'faq', format: 'csv' }),
  },
  {
    role: 'beheerder',
    name: 'admin.import.form',
    input: submit({ verb: 'admin.import.form', kind: 'rounds' }),
  },
  {
    role: 'beheerder',
    name: 'admin.import.preview',
    input: submit({ verb: 'admin.import.preview', kind: 'profiles', text: 'id,name\nx,y' }),
  },
  {
    role: 'beheerder',
    name: 'admin.import.confirm',
    input: submit({ verb: 'admin.import.confirm', draftId: 'x' }),
  },
  {
    role: 'beheerder',
    name: 'admin.import.cancel',
    input: submit({ verb: 'admin.import.cancel', draftId: 'x' }),
  },
  // Interventielogboek (coach)
  { role: 'coach', name: 'nieuwe update', input: 'nieuwe update' },
  { role: 'coach', name: 'overzicht', input: 'overzicht' },
  {
    role: 'coach',
    name: 'logboek.overview',
    input: submit({ verb: 'logboek.overview', schoolId: 'albeda' }),
  },
  {
    role: 'coach',
    name: 'logboek.fromText',
    input: submit({ verb: 'logboek.fromText', text: 'gisteren 24 studenten op bedrijfsbezoek' }),
  },
  {
    role: 'coach',
    name: 'logboek.save',
    input: submit({
      verb: 'logboek.save',
      schoolId: 'albeda',
      date: '2026-03-01',
      activityType: 'training',
      text: 'training gegeven aan docenten',
    }),
  },
  // Leermeester-gezel (schoolleider; rounds and settings beheerder)
  { role: 'schoolleider', name: 'zoek een leermeester', input: 'zoek een leermeester' },
  { role: 'schoolleider', name: 'matching.search', input: submit({ verb: 'matching.search' }) },
  { role: 'schoolleider', name: 'matching.profile.show', input: submit({ verb: 'matching.profile.show' }) },
  { role: 'schoolleider', name: 'matching.profile.edit', input: submit({ verb: 'matching.profile.edit' }) },
  {
    role: 'schoolleider',
    name: 'matching.profile.save',
    input: submit({
      verb: 'matching.profile.save',
      name: 'Indringer',
      school: 'X',
      region: 'Y',
      schoolType: 'mbo',
    }),
  },
  {
    role: 'schoolleider',
    name: 'matching.choose',
    input: submit({ verb: 'matching.choose', leermeesterId: OTHER }),
  },
  { role: 'schoolleider', name: 'matching.more', input: submit({ verb: 'matching.more' }) },
  { role: 'beheerder', name: 'verdeel gezellen', input: 'verdeel gezellen' },
  { role: 'beheerder', name: 'matching instellingen', input: 'matching instellingen' },
  {
    role: 'beheerder',
    name: 'matching.round.page',
    input: submit({ verb: 'matching.round.page', roundId: 'x' }),
  },
  {
    role: 'beheerder',
    name: 'matching.round.publish',
    input: submit({ verb: 'matching.round.publish', roundId: 'x', version: 1 }),
  },
  {
    role: 'beheerder',
    name: 'matching.round.remove',
    input: submit({ verb: 'matching.round.remove', roundId: 'x' }),
  },
  {
    role: 'beheerder',
    name: 'matching.settings.save',
    input: submit({ verb: 'matching.settings.save', theme: '1', region: '0', phase: '0', schoolType: '0' }),
  },
  // Aanmelding: reviewing (beoordelaar), deciding and rounds (beheerder); FAQ review queue (beheerder)
  { role: 'beoordelaar', name: 'aanmeldingen', input: 'aanmeldingen' },
  { role: 'beoordelaar', name: 'beoordelen', input: 'beoordelen' },
  { role: 'beheerder', name: 'rondes', input: 'rondes' },
  { role: 'beheerder', name: 'faq beheer', input: 'faq beheer' },
  {
    role: 'beoordelaar',
    name: 'beoordeling.info.form',
    input: submit({ verb: 'beoordeling.info.form', roundId: 'x', schoolId: 'albeda', score: 5 }),
  },
  {
    role: 'beoordelaar',
    name: 'beoordeling.info.save',
    input: submit({ verb: 'beoordeling.info.save', roundId: 'x', schoolId: 'albeda', score: 5 }),
  },
  {
    role: 'beoordelaar',
    name: 'beoordeling.list',
    input: submit({ verb: 'beoordeling.list', roundId: 'x', schoolId: 'albeda', score: 5 }),
  },
  {
    role: 'beoordelaar',
    name: 'beoordeling.open',
    input: submit({ verb: 'beoordeling.open', roundId: 'x', schoolId: 'albeda', score: 5 }),
  },
  {
    role: 'beoordelaar',
    name: 'beoordeling.overview',
    input: submit({ verb: 'beoordeling.overview', roundId: 'x', schoolId: 'albeda', score: 5 }),
  },
  {
    role: 'beoordelaar',
    name: 'beoordeling.rounds',
    input: submit({ verb: 'beoordeling.rounds', roundId: 'x', schoolId: 'albeda', score: 5 }),
  },
  {
    role: 'beoordelaar',
    name: 'beoordeling.score.form',
    input: submit({ verb: 'beoordeling.score.form', roundId: 'x', schoolId: 'albeda', score: 5 }),
  },
  {
    role: 'beoordelaar',
    name: 'beoordeling.score.save',
    input: submit({ verb: 'beoordeling.score.save', roundId: 'x', schoolId: 'albeda', score: 5 }),
  },
  {
    role: 'beheerder',
    name: 'beoordeling.decide.form',
    input: submit({ verb: 'beoordeling.decide.form', roundId: 'x', schoolId: 'albeda', id: 'x' }),
  },
  {
    role: 'beheerder',
    name: 'beoordeling.decide.save',
    input: submit({ verb: 'beoordeling.decide.save', roundId: 'x', schoolId: 'albeda', id: 'x' }),
  },
  {
    role: 'beheerder',
    name: 'faq.review.create',
    input: submit({ verb: 'faq.review.create', roundId: 'x', schoolId: 'albeda', id: 'x' }),
  },
  {
    role: 'beheerder',
    name: 'faq.review.dismiss',
    input: submit({ verb: 'faq.review.dismiss', roundId: 'x', schoolId: 'albeda', id: 'x' }),
  },
  {
    role: 'beheerder',
    name: 'faq.review.link',
    input: submit({ verb: 'faq.review.link', roundId: 'x', schoolId: 'albeda', id: 'x' }),
  },
  {
    role: 'beheerder',
    name: 'faq.review.list',
    input: submit({ verb: 'faq.review.list', roundId: 'x', schoolId: 'albeda', id: 'x' }),
  },
  {
    role: 'beheerder',
    name: 'faq.review.new',
    input: submit({ verb: 'faq.review.new', roundId: 'x', schoolId: 'albeda', id: 'x' }),
  },
  {
    role: 'beheerder',
    name: 'ronde.form',
    input: submit({ verb: 'ronde.form', roundId: 'x', schoolId: 'albeda', id: 'x' }),
  },
  {
    role: 'beheerder',
    name: 'ronde.list',
    input: submit({ verb: 'ronde.list', roundId: 'x', schoolId: 'albeda', id: 'x' }),
  },
  {
    role: 'beheerder',
    name: 'ronde.save',
    input: submit({ verb: 'ronde.save', roundId: 'x', schoolId: 'albeda', id: 'x' }),
  },
];

/**
 * Card verbs anyone may use: public help, or acting only on the caller's own records (an id of someone else's
 * draft, update or request is answered as unknown; the features' own tests cover that).
 */
export const OPEN_VERBS: readonly string[] = [
  'core.help',
  'logboek.cancel',
  'logboek.notUpdate',
  'logboek.edit',
  'logboek.delete',
  'matching.accept',
  'matching.decline',
  'matching.withdraw',
  'matching.checkin',
  // An application belongs to the people of its school who joined it; others get "not found".
  'aanmelding.answer',
  'aanmelding.continue',
  'aanmelding.discard',
  'aanmelding.discard.ask',
  'aanmelding.discard.cancel',
  'aanmelding.followup',
  'aanmelding.history',
  'aanmelding.join',
  'aanmelding.question',
  'aanmelding.review',
  'aanmelding.start',
  'aanmelding.status',
  'aanmelding.step.save',
  'aanmelding.step.show',
  'aanmelding.submit',
  'faq.ask',
  'faq.feedback',
  'faq.none',
  'privacy.mine',
  'privacy.erase.ask',
  'privacy.erase.confirm',
  'privacy.erase.cancel',
];
