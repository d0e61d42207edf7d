import assert from 'node:assert/strict';
import {
  FIELD_LIMITS,
  incompleteSteps,
  parseStep,
  parseText,
  STATUSES,
  STEPS,
  type Application,
  type ApplicationStatus,
} from '../../src/domain/application';
import {
  addParticipant,
  answerQuestion,
  applyStep,
  canTransition,
  decide,
  newApplication,
  nextStep,
  referenceFor,
  requestFollowUp,
  requestInformation,
  startReview,
  submit,
} from '../../src/domain/application-flow';
import { DomainError, ValidationError } from '../../src/domain/errors';
import { scoreStats, type Review } from '../../src/domain/review';
import { definitionOf, roundFromDefinition, roundPhase } from '../../src/domain/round';
import {
  ALICE_ACTOR,
  completeDraft,
  ROUND,
  ROUND_DEFINITION,
  VALID_FIELDS,
  VALID_STEP_INPUT,
  VRAAGSTUK,
} from '../helpers/aanmelding-fixtures';

const NOW = new Date('2026-03-02T09:00:00Z');
const BOB = { id: 'b0b00000-0000-4000-8000-000000000003', name: 'Bob Bakker' };
const REVIEWER = { id: 'c0000000-0000-4000-8000-000000000004', name: 'Renske Reviewer' };
const BEHEERDER = { id: 'b0000000-0000-4000-8000-000000000001', name: 'Bea Beheer' };

function fieldErrorsOf(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (err) {
    if (err instanceof ValidationError) return err.fieldErrors;
    throw err;
  }
  return {};
}

function submitted(): Application {
  return submit(completeDraft(), 'GKDI26-ABCDEF', ALICE_ACTOR, NOW);
}

describe('aanmelding domain: step validation', () => {
  it('When every step has valid card values, then each parses into typed fields', () => {
    for (const step of STEPS) {
      assert.doesNotThrow(() => parseStep(step, VALID_STEP_INPUT[step]), step);
    }
    const v = parseStep('vraagstuk', VALID_STEP_INPUT.vraagstuk);
    assert.deepEqual(v.mechanisms, ['objectief-werven', 'werkgever-kent-student']);
    assert.equal(parseStep('bijdrage', VALID_STEP_INPUT.bijdrage).ownContribution, true);
  });

  it('When required fields are empty, then every one of them is reported at once', () => {
    const errors = fieldErrorsOf(() => parseStep('school', {}));
    assert.deepEqual(Object.keys(errors).sort(), [
      'contactEmail',
      'contactName',
      'contactPhone',
      'contactRole',
      'locations',
    ]);
  });

  it('When the vraagstuk is shorter than the minimum or longer than the maximum, then it is refused', () => {
    assert.ok(fieldErrorsOf(() => parseStep('vraagstuk', { vraagstuk: 'Te kort.' })).vraagstuk);
    const long = 'x'.repeat(FIELD_LIMITS.vraagstuk.max + 1);
    assert.ok(fieldErrorsOf(() => parseStep('vraagstuk', { vraagstuk: long })).vraagstuk);
    const exact = 'y'.repeat(FIELD_LIMITS.vraagstuk.min);
    assert.equal(
      parseStep('vraagstuk', { vraagstuk: `  ${exact}  ` }).vraagstuk,
      exact,
      'trimmed before counting',
    );
  });

  it('When values have the wrong type (arrays, numbers, objects), then they are refused, not coerced', () => {
    const errors = fieldErrorsOf(() =>
      parseStep('school', {
        contactName: ['Alice'],
        contactRole: 42,
        contactEmail: { $ne: '' },
        contactPhone: true,
        locations: null,
      }),
    );
    assert.equal(Object.keys(errors).length, 5);
  });

  it('When an e-mail address or phone number has the wrong pattern, then that field is refused', () => {
    const base = VALID_STEP_INPUT.school;
    assert.ok(fieldErrorsOf(() => parseStep('school', { ...base, contactEmail: 'alice@' })).contactEmail);
    assert.ok(
      fieldErrorsOf(() => parseStep('school', { ...base, contactPhone: 'bel me maar' })).contactPhone,
    );
    assert.equal(
      parseStep('school', { ...base, contactPhone: '+31 (0)10 123 4567' }).contactPhone,
      '+31 (0)10 123 4567',
    );
  });

  it('When a multi-select contains an unknown id (tampered card), then the field is refused', () => {
    assert.ok(
      fieldErrorsOf(() => parseStep('vraagstuk', { vraagstuk: VRAAGSTUK, mechanisms: 'empowerment,hacken' }))
        .mechanisms,
    );
    assert.ok(fieldErrorsOf(() => parseStep('projectgroep', { projectRoles: 'docenten,koks' })).projectRoles);
  });

  it('When fewer than two project roles are chosen, then the project group is refused (it is multidisciplinary)', () => {
    assert.ok(fieldErrorsOf(() => parseStep('projectgroep', { projectRoles: 'docenten' })).projectRoles);
    assert.deepEqual(
      parseStep('projectgroep', { projectRoles: ['docenten', 'coaches', 'docenten'] }).projectRoles,
      ['docenten', 'coaches'],
    );
  });

  it('When the own contribution is not confirmed, then the step is refused', () => {
    for (const v of ['false', false, 'yes', 1, undefined]) {
      assert.ok(
        fieldErrorsOf(() => parseStep('bijdrage', { ownContribution: v })).ownContribution,
        String(v),
      );
    }
  });

  it('When text has control characters or Windows line ends, then they are cleaned before storing', () => {
    const v = parseStep('overig', { otherNotes: 'regel 1\r\nregel 2\u0000\u0007' });
    assert.equal(v.otherNotes, 'regel 1\nregel 2');
  });

  it('When a step carries extra keys, then they are ignored and not stored', () => {
    const v = parseStep('stappen', { ...VALID_STEP_INPUT.stappen, status: 'geselecteerd', verb: 'x' });
    assert.deepEqual(Object.keys(v), ['stepsTaken']);
  });

  it('When review texts are checked, then length limits apply to question, answer, reason and note', () => {
    assert.equal(parseText('question', 'Kort'), undefined);
    assert.equal(parseText('question', 'Hoeveel studenten doen mee?'), 'Hoeveel studenten doen mee?');
    assert.equal(parseText('note', 'x'.repeat(1001)), undefined);
    assert.equal(parseText('reason', 12345), undefined);
  });
});

describe('aanmelding domain: drafts and steps', () => {
  it('When a step is saved, then the fields, completed steps, revision and version change', () => {
    const app = newApplication(
      { roundId: ROUND.id, schoolId: 'albeda', schoolName: 'Albeda' },
      ALICE_ACTOR,
      NOW,
    );
    const next = applyStep(app, 'school', parseStep('school', VALID_STEP_INPUT.school), ALICE_ACTOR, NOW);
    assert.equal(next.rev, 1);
    assert.deepEqual(next.completedSteps, ['school']);
    assert.equal(next.revisions.length, 1);
    assert.equal(next.revisions[0]?.changes.length, 5);
    assert.equal(next.revisions[0]?.changes[0]?.before, null);
  });

  it('When a step is saved again without changes, then nothing changes (no revision, same version)', () => {
    const draft = completeDraft();
    const again = applyStep(draft, 'stappen', { stepsTaken: VALID_FIELDS.stepsTaken }, BOB, NOW);
    assert.equal(again, draft);
  });

  it('When someone edits a field, then the revision says who, when, and what changed from what', () => {
    const draft = completeDraft();
    const later = new Date('2026-03-03T10:00:00Z');
    const edited = applyStep(draft, 'school', { ...VALID_FIELDS, contactPhone: '010 1234567' }, BOB, later);
    const rev = edited.revisions.at(-1);
    assert.equal(rev?.by, BOB.id);
    assert.equal(rev?.at, later.toISOString());
    assert.deepEqual(rev?.changes, [{ field: 'contactPhone', before: '06 12345678', after: '010 1234567' }]);
    assert.equal(edited.updatedByName, 'Bob Bakker');
  });

  it('When steps are done out of order, then the next step is the first one still open', () => {
    const app = { completedSteps: ['school', 'stappen'] as Application['completedSteps'] };
    assert.equal(nextStep(app), 'vraagstuk');
    assert.equal(nextStep(app, 'stappen'), 'projectgroep');
    assert.equal(nextStep({ completedSteps: [...STEPS] }), 'review');
  });

  it('When stored values no longer pass validation, then the step counts as incomplete', () => {
    const draft = completeDraft();
    assert.deepEqual(incompleteSteps(draft), []);
    assert.deepEqual(incompleteSteps({ ...draft, fields: { ...draft.fields, vraagstuk: 'kort' } }), [
      'vraagstuk',
    ]);
  });

  it('When a colleague joins, then they are a participant once', () => {
    const joined = addParticipant(completeDraft(), BOB, NOW);
    assert.deepEqual(
      joined.participants.map((p) => p.name),
      ['Alice de Vries', 'Bob Bakker'],
    );
    assert.equal(addParticipant(joined, BOB, NOW), joined);
  });

  it('When a submitted application gets a step, then it is refused', () => {
    assert.throws(() => applyStep(submitted(), 'overig', { otherNotes: 'x' }, ALICE_ACTOR, NOW), DomainError);
  });
});

describe('aanmelding domain: state machine', () => {
  it('When the transitions are listed, then only the process in the issue is possible', () => {
    const allowed: [ApplicationStatus, ApplicationStatus][] = [];
    for (const from of STATUSES)
      for (const to of STATUSES) if (canTransition(from, to)) allowed.push([from, to]);
    assert.deepEqual(allowed, [
      ['concept', 'ingediend'],
      ['ingediend', 'aanvulling-gevraagd'],
      ['ingediend', 'in-beoordeling'],
      ['ingediend', 'geselecteerd'],
      ['ingediend', 'niet-geselecteerd'],
      ['aanvulling-gevraagd', 'ingediend'],
      ['aanvulling-gevraagd', 'in-beoordeling'],
      ['aanvulling-gevraagd', 'geselecteerd'],
      ['aanvulling-gevraagd', 'niet-geselecteerd'],
      ['in-beoordeling', 'aanvulling-gevraagd'],
      ['in-beoordeling', 'geselecteerd'],
      ['in-beoordeling', 'niet-geselecteerd'],
      ['geselecteerd', 'niet-geselecteerd'],
      ['niet-geselecteerd', 'geselecteerd'],
    ]);
  });

  it('When a complete draft is submitted, then it is ingediend with a reference, time and submitter', () => {
    const app = submitted();
    assert.equal(app.status, 'ingediend');
    assert.equal(app.reference, 'GKDI26-ABCDEF');
    assert.equal(app.submittedAt, NOW.toISOString());
    assert.equal(app.submittedByName, 'Alice de Vries');
    assert.deepEqual(
      app.statusHistory.map((h) => h.status),
      ['concept', 'ingediend'],
    );
  });

  it('When an incomplete draft or an already submitted application is submitted, then it is refused', () => {
    const draft = completeDraft();
    assert.throws(
      () => submit({ ...draft, completedSteps: ['school'] }, 'R', ALICE_ACTOR, NOW),
      /incomplete/,
    );
    assert.throws(() => submit(submitted(), 'R', ALICE_ACTOR, NOW), /notDraft/);
  });

  it('When the expert group asks a question, then the status says so and the question has the reason', () => {
    const asked = requestInformation(submitted(), { id: 'q1', text: 'Hoeveel studenten?' }, REVIEWER, NOW);
    assert.equal(asked.status, 'aanvulling-gevraagd');
    assert.equal(asked.statusHistory.at(-1)?.reason, 'Hoeveel studenten?');
    const twice = requestInformation(asked, { id: 'q2', text: 'En welke opleidingen?' }, BOB, NOW);
    assert.equal(twice.questions.length, 2);
    assert.equal(
      twice.statusHistory.length,
      asked.statusHistory.length,
      'a second question is no new status',
    );
  });

  it('When all questions are answered, then the application goes back to where it was (ingediend or in beoordeling)', () => {
    const asked = requestInformation(submitted(), { id: 'q1', text: 'Hoeveel studenten?' }, REVIEWER, NOW);
    assert.equal(
      answerQuestion(asked, 'q1', 'Ongeveer 120 studenten.', ALICE_ACTOR, NOW).status,
      'ingediend',
    );
    const reviewing = startReview(submitted(), REVIEWER, NOW);
    const asked2 = requestInformation(reviewing, { id: 'q1', text: 'Hoeveel studenten?' }, REVIEWER, NOW);
    const twoOpen = requestInformation(asked2, { id: 'q2', text: 'Welke opleidingen?' }, REVIEWER, NOW);
    const one = answerQuestion(twoOpen, 'q1', 'Ongeveer 120 studenten.', ALICE_ACTOR, NOW);
    assert.equal(one.status, 'aanvulling-gevraagd', 'one question still open');
    assert.equal(answerQuestion(one, 'q2', 'Zorg en techniek.', ALICE_ACTOR, NOW).status, 'in-beoordeling');
  });

  it('When a question is answered twice or is unknown, then it is refused', () => {
    const asked = requestInformation(submitted(), { id: 'q1', text: 'Hoeveel studenten?' }, REVIEWER, NOW);
    const answered = answerQuestion(asked, 'q1', 'Ongeveer 120 studenten.', ALICE_ACTOR, NOW);
    assert.throws(() => answerQuestion(answered, 'q1', 'Nog een keer.', ALICE_ACTOR, NOW), /alreadyAnswered/);
    assert.throws(() => answerQuestion(asked, 'nope', 'Antwoord.', ALICE_ACTOR, NOW), /unknownQuestion/);
  });

  it('When the first score arrives, then the review starts once; a later score changes nothing', () => {
    const started = startReview(submitted(), REVIEWER, NOW);
    assert.equal(started.status, 'in-beoordeling');
    assert.equal(startReview(started, BOB, NOW), started);
  });

  it('When a beheerder decides, then the decision carries the reason and can be changed once with a new reason', () => {
    const selected = decide(
      submitted(),
      { outcome: 'geselecteerd', reason: 'Sterk plan.', overridePlaces: false },
      BEHEERDER,
      NOW,
    );
    assert.equal(selected.status, 'geselecteerd');
    assert.equal(selected.decision?.reason, 'Sterk plan.');
    assert.equal(selected.statusHistory.at(-1)?.reason, 'Sterk plan.');
    const changed = decide(
      selected,
      { outcome: 'niet-geselecteerd', reason: 'Te weinig draagvlak.', overridePlaces: false },
      BEHEERDER,
      NOW,
    );
    assert.equal(changed.status, 'niet-geselecteerd');
    assert.throws(() =>
      decide(
        completeDraft(),
        { outcome: 'geselecteerd', reason: 'x', overridePlaces: false },
        BEHEERDER,
        NOW,
      ),
    );
  });

  it('When a school that was not selected asks for a conversation, then it is recorded once; others cannot', () => {
    const no = decide(
      submitted(),
      { outcome: 'niet-geselecteerd', reason: 'Vol.', overridePlaces: false },
      BEHEERDER,
      NOW,
    );
    const asked = requestFollowUp(no, ALICE_ACTOR, NOW);
    assert.equal(asked.followUpRequested?.by, ALICE_ACTOR.id);
    assert.equal(requestFollowUp(asked, ALICE_ACTOR, NOW), asked);
    assert.throws(() => requestFollowUp(submitted(), ALICE_ACTOR, NOW), /noFollowUp/);
  });

  it('When a reference is made for a school and round, then it is stable, short and differs per school', () => {
    const a = referenceFor('GKDI26', ROUND.id, 'albeda');
    assert.equal(a, referenceFor('GKDI26', ROUND.id, 'albeda'));
    assert.match(a, /^GKDI26-[2-9A-Z]{6}$/);
    assert.notEqual(a, referenceFor('GKDI26', ROUND.id, 'zadkine'));
  });
});

describe('aanmelding domain: rounds', () => {
  it('When the example round is read, then 23:59 Amsterdam time closes at the end of that minute, in UTC', () => {
    const r = roundFromDefinition(ROUND_DEFINITION, 'cli', NOW);
    assert.ok('round' in r, JSON.stringify(r));
    assert.equal(r.round.closesAt, '2026-05-14T21:59:59.999Z');
    assert.equal(r.round.opensAt, '2026-02-01T08:00:00.000Z');
    assert.equal(r.round.referencePrefix, 'GKDI26');
  });

  it('When a round definition has several problems, then every problem is reported at once', () => {
    const r = roundFromDefinition(
      {
        ...ROUND_DEFINITION,
        id: 'Hoofdletters!',
        places: 0,
        closes: '2026-01-01T00:00',
        decisionDate: '28-05-2026',
      },
      'cli',
      NOW,
    );
    assert.ok('problems' in r);
    assert.deepEqual(r.problems.map((p) => p.path).sort(), ['decisionDate', 'id', 'places']);
    const order = roundFromDefinition({ ...ROUND_DEFINITION, closes: '2026-01-01T00:00' }, 'cli', NOW);
    assert.ok('problems' in order && order.problems.some((p) => p.path === 'closes'));
  });

  it('When criteria have no ids or the same title twice, then ids are made from titles and duplicates refused', () => {
    const r = roundFromDefinition(
      { ...ROUND_DEFINITION, criteria: [{ title: 'Heldere aanpak' }, { title: 'Draagvlak' }] },
      'x',
      NOW,
    );
    assert.ok('round' in r);
    assert.deepEqual(
      r.round.criteria.map((c) => c.id),
      ['heldere-aanpak', 'draagvlak'],
    );
    const dup = roundFromDefinition(
      { ...ROUND_DEFINITION, criteria: [{ title: 'A b' }, { title: 'a-b' }] },
      'x',
      NOW,
    );
    assert.ok('problems' in dup);
  });

  it('When a round is turned back into a definition, then reading it again gives the same round', () => {
    const r = roundFromDefinition(ROUND_DEFINITION, 'cli', NOW);
    assert.ok('round' in r);
    const again = roundFromDefinition(definitionOf(r.round), 'cli', NOW);
    assert.ok('round' in again);
    assert.deepEqual(again.round, r.round);
  });

  it('When the time passes opening and closing, then the phase goes upcoming → open → closed', () => {
    assert.equal(roundPhase(ROUND, new Date('2026-01-31T23:00:00Z')), 'upcoming');
    assert.equal(roundPhase(ROUND, new Date('2026-05-14T21:59:30Z')), 'open', '23:59:30 is still open');
    assert.equal(roundPhase(ROUND, new Date('2026-05-14T22:00:00Z')), 'closed');
  });
});

describe('aanmelding domain: score statistics', () => {
  const review = (name: string, scores: number[]): Review => ({
    roundId: ROUND.id,
    schoolId: 'albeda',
    reviewerId: name,
    reviewerName: name,
    scores: ROUND.criteria.map((c, i) => ({ criterionId: c.id, score: scores[i]!, note: 'ok' })),
    submittedAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  });

  it('When three reviewers scored, then the average, the spread and per-criterion figures are right', () => {
    const stats = scoreStats(
      [review('a', [3, 3, 3]), review('b', [5, 5, 5]), review('c', [4, 4, 4])],
      ROUND.criteria,
    );
    assert.equal(stats.count, 3);
    assert.equal(stats.average, 4);
    assert.equal(stats.min, 3);
    assert.equal(stats.max, 5);
    assert.ok(Math.abs((stats.stdev ?? 0) - Math.sqrt(2 / 3)) < 1e-9);
    assert.deepEqual(stats.perCriterion[0], { criterionId: 'vraagstuk', average: 4, min: 3, max: 5 });
  });

  it('When nobody scored, then there is no average (not zero)', () => {
    const stats = scoreStats([], ROUND.criteria);
    assert.equal(stats.count, 0);
    assert.equal(stats.average, undefined);
  });
});
