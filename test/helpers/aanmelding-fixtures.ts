import { type Application, type ApplicationFields, type StepId } from '../../src/domain/application';
import { newApplication } from '../../src/domain/application-flow';
import type { Round } from '../../src/domain/round';
import type { Caller, Role } from '../../src/domain/user';

export const ROUND: Round = {
  id: 'begeleidingstraject-2026',
  programme: 'Begeleidingstraject GKDI',
  name: 'Aanmelding begeleidingstraject 2026',
  description: 'Acht scholen krijgen advies, coaching en een werkbudget.',
  opensAt: '2026-02-01T08:00:00.000Z',
  closesAt: '2026-05-14T21:59:59.999Z',
  decisionDate: '2026-05-28',
  timeZone: 'Europe/Amsterdam',
  places: 8,
  budget: { perSchoolYear: 25_000, ownContributionMin: 25_000 },
  criteria: [
    { id: 'vraagstuk', title: 'Helder vraagstuk', description: 'Is duidelijk wat er speelt?' },
    { id: 'draagvlak', title: 'Draagvlak', description: 'Staat de school erachter?' },
    { id: 'leerwaarde', title: 'Leerwaarde', description: 'Leren andere scholen ervan?' },
  ],
  referencePrefix: 'GKDI26',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'test',
};

/** The round as the JSON import and the CLI take it. */
export const ROUND_DEFINITION = {
  id: ROUND.id,
  programme: ROUND.programme,
  name: ROUND.name,
  description: ROUND.description,
  timeZone: 'Europe/Amsterdam',
  opens: '2026-02-01T09:00',
  closes: '2026-05-14T23:59',
  decisionDate: '2026-05-28',
  places: 8,
  budget: { perSchoolYear: 25_000, ownContributionMin: 25_000 },
  referencePrefix: 'GKDI26',
  criteria: ROUND.criteria.map((c) => ({ ...c })),
};

export const VRAAGSTUK =
  'Onze studenten met een migratieachtergrond vinden moeilijker een stageplek dan andere studenten. ' +
  'Docenten zien dit wel, maar we hebben geen gezamenlijke aanpak. We willen samen met leerbedrijven werken aan eerlijke selectie.';

export const STEPS_TAKEN =
  'We hebben in 2025 cijfers over stageplaatsing verzameld en twee studiedagen gehouden met docenten en loopbaanbegeleiders.';

/** Card values (as Teams sends them) for every step, all valid. */
export const VALID_STEP_INPUT: Record<StepId, Record<string, unknown>> = {
  school: {
    contactName: 'Alice de Vries',
    contactRole: 'Teamleider',
    contactEmail: 'alice@albeda.nl',
    contactPhone: '06 12345678',
    locations: 'Rotterdam Zuid',
  },
  vraagstuk: { vraagstuk: VRAAGSTUK, mechanisms: 'objectief-werven,werkgever-kent-student' },
  stappen: { stepsTaken: STEPS_TAKEN },
  projectgroep: { projectRoles: 'docenten,onderzoekers,bestuurders', projectNames: 'Sanne, Ahmed' },
  bijdrage: { ownContribution: 'true', ownContributionNote: 'Uit het kwaliteitsbudget.' },
  overig: { otherNotes: '' },
};

export const VALID_FIELDS: ApplicationFields = {
  contactName: 'Alice de Vries',
  contactRole: 'Teamleider',
  contactEmail: 'alice@albeda.nl',
  contactPhone: '06 12345678',
  locations: 'Rotterdam Zuid',
  vraagstuk: VRAAGSTUK,
  mechanisms: ['objectief-werven', 'werkgever-kent-student'],
  stepsTaken: STEPS_TAKEN,
  projectRoles: ['docenten', 'onderzoekers', 'bestuurders'],
  projectNames: 'Sanne, Ahmed',
  ownContribution: true,
  ownContributionNote: 'Uit het kwaliteitsbudget.',
  otherNotes: '',
};

export const ALICE_ACTOR = { id: 'a0000000-0000-4000-8000-000000000002', name: 'Alice de Vries' };

/** A complete draft, ready to submit. */
export function completeDraft(now = new Date('2026-03-02T09:00:00Z')): Application {
  return {
    ...newApplication({ roundId: ROUND.id, schoolId: 'albeda', schoolName: 'Albeda' }, ALICE_ACTOR, now),
    fields: { ...VALID_FIELDS },
    completedSteps: ['school', 'vraagstuk', 'stappen', 'projectgroep', 'bijdrage', 'overig'],
    rev: 6,
  };
}

/** A caller as the access service makes it (everyone is medewerker), for service-level tests and the bench. */
export function callerOf(id: string, name: string, ...roles: Role[]): Caller {
  return {
    aadObjectId: id,
    name,
    tenantId: 't',
    roles: new Set<Role>(['medewerker', ...roles]),
    schoolIds: [],
  };
}
