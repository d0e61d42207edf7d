import assert from 'node:assert/strict';
import sinon from 'sinon';
import { StoreUnavailableError } from '../../src/domain/errors';
import { CosmosApplicationRepository } from '../../src/features/aanmelding/application-repository';
import { ROUND, VALID_STEP_INPUT, VRAAGSTUK } from '../helpers/aanmelding-fixtures';
import {
  BOB,
  button,
  click,
  fillAllSteps,
  repos,
  seedRound,
  seedSchools,
  stepOf,
  storedApplication,
  submitValue,
  submittedApplication,
} from '../helpers/aanmelding-bot';
import { ALICE, cardOf, createTestBot, replyText, TENANT, type TestBot } from '../helpers/bot';

const alice = { aadObjectId: ALICE, name: 'Alice de Vries' };
const aliceEn = { ...alice, locale: 'en-US' };

describe('aanmelding: applying through guided cards', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
    await seedRound(bot);
    await seedSchools(bot);
  });
  afterEach(async () => {
    sinon.restore();
    await bot.close();
  });

  it('When a medewerker types "aanmelden", then the open round is shown with its deadline, decision date, places and budget', async () => {
    const text = replyText(await bot.send(alice, 'aanmelden'));
    assert.match(text, /Aanmelding begeleidingstraject 2026/);
    assert.match(text, /Aanmelden kan tot[\s\S]*14 mei 2026, 23:59/);
    assert.match(text, /Besluit uiterlijk[\s\S]*28 mei 2026/);
    assert.match(text, /8 scholen/);
    assert.match(text, /€\s?25\.000 per schooljaar/);
    assert.match(text, /Aanmelding starten/);
  });

  it('When the applicant fills every step, edits one from the review and submits, then the status says ingediend with a reference', async () => {
    const replies = await bot.send(alice, 'aanmelden');
    let r = await click(bot, alice, replies, 'Aanmelding starten');
    assert.equal(stepOf(r), 'school');
    assert.match(replyText(r), /Stap 1 van 6[\s\S]*Albeda[\s\S]*Zadkine/);

    r = await click(bot, alice, r, 'Opslaan en verder', { ...VALID_STEP_INPUT.school, school: 'albeda' });
    assert.equal(stepOf(r), 'vraagstuk');
    assert.match(replyText(r), /Stap 2 van 6[\s\S]*School: \*\*Albeda\*\*/);
    for (const step of ['vraagstuk', 'stappen', 'projectgroep', 'bijdrage'] as const) {
      r = await click(bot, alice, r, 'Opslaan en verder', VALID_STEP_INPUT[step]);
    }
    assert.equal(stepOf(r), 'overig');
    r = await click(bot, alice, r, 'Opslaan en controleren', { otherNotes: 'Graag in het najaar starten.' });

    const review = replyText(r);
    assert.match(review, /Controleer je aanmelding/);
    assert.match(review, /Alice de Vries[\s\S]*alice@albeda\.nl[\s\S]*stageplek[\s\S]*Objectief werven/);
    assert.match(review, /Docenten, Onderzoekers, Bestuurders/);
    assert.match(review, /Ja, bevestigd/);
    assert.match(review, /Graag in het najaar starten/);

    const edit = button(r, 'Wijzigen');
    assert.equal(edit.step, 'school', 'the first edit button belongs to step 1');
    r = await bot.send(alice, submitValue({ ...edit, step: 'vraagstuk' }));
    assert.equal(stepOf(r), 'vraagstuk');
    assert.match(replyText(r), /stageplek/, 'the stored text is filled in');
    const better = `${VRAAGSTUK} Ook willen we de begeleiding tijdens de stage verbeteren.`;
    r = await click(bot, alice, r, /^Opslaan/, { vraagstuk: better, mechanisms: 'bewustwording' });
    assert.match(
      replyText(r),
      /Controleer je aanmelding[\s\S]*begeleiding tijdens de stage[\s\S]*Bewustwording/,
    );

    r = await click(bot, alice, r, 'Indienen');
    const done = replyText(r);
    assert.match(done, /Je aanmelding is ingediend/);
    assert.match(done, /GKDI26-[2-9A-Z]{6}/);
    assert.match(done, /Uiterlijk 28 mei 2026 hoor je/);

    const status = replyText(await bot.send(alice, 'status'));
    assert.match(status, /Albeda[\s\S]*Ingediend sinds 2 maart 2026, 09:00[\s\S]*Referentie GKDI26-/);
    assert.match(status, /Concept[\s\S]*Ingediend[\s\S]*In beoordeling[\s\S]*uiterlijk 28 mei 2026/);

    const stored = await storedApplication(bot);
    assert.equal(stored?.status, 'ingediend');
    assert.equal(stored?.fields.vraagstuk, better);
    assert.ok(
      stored?.revisions.some(
        (rev) => rev.step === 'vraagstuk' && rev.changes.some((c) => c.field === 'mechanisms'),
      ),
    );
  });

  it('When a step is saved, then the draft is on the server and "verder met aanmelding" resumes it from another chat', async () => {
    let r = await bot.send(alice, submitValue({ verb: 'aanmelding.start', roundId: ROUND.id }));
    r = await click(bot, alice, r, 'Opslaan en verder', { ...VALID_STEP_INPUT.school, school: 'zadkine' });
    await click(bot, alice, r, 'Opslaan en verder', VALID_STEP_INPUT.vraagstuk);
    const stored = await storedApplication(bot, 'zadkine');
    assert.deepEqual(stored?.completedSteps, ['school', 'vraagstuk']);
    assert.equal(stored?.fields.vraagstuk, VRAAGSTUK);

    const elsewhere = await bot.send(alice, {
      type: 'message',
      text: 'verder met aanmelding',
      conversation: {
        id: 'a:other-device',
        conversationType: 'personal',
        tenantId: TENANT,
        isGroup: false,
        name: '',
      },
    });
    assert.equal(stepOf(elsewhere), 'stappen');
    assert.match(replyText(elsewhere), /Stap 3 van 6[\s\S]*Zadkine/);
  });

  it('When fields are empty, too long or the wrong type, then the step comes back with the input kept and a message per field, and nothing stored changes', async () => {
    let r = await bot.send(alice, submitValue({ verb: 'aanmelding.start', roundId: ROUND.id }));
    r = await click(bot, alice, r, 'Opslaan en verder', { ...VALID_STEP_INPUT.school, school: 'albeda' });
    const before = await storedApplication(bot);

    const bad = await click(bot, alice, r, 'Opslaan en verder', {
      vraagstuk: 'Te kort, maar wel mijn tekst.',
      mechanisms: 'hacken',
    });
    const text = replyText(bad);
    assert.match(text, /Een paar velden kloppen nog niet/);
    assert.match(text, /Beschrijf het vraagstuk in 150 tot 3000 tekens/);
    assert.match(text, /Kies alleen mechanismen uit de lijst/);
    assert.match(text, /Te kort, maar wel mijn tekst\./, 'the input is kept');
    assert.equal(stepOf(bad), 'vraagstuk');

    const huge = await click(bot, alice, r, 'Opslaan en verder', {
      vraagstuk: 'x'.repeat(100_000),
      mechanisms: ['empowerment'],
    });
    assert.match(replyText(huge), /150 tot 3000 tekens/);
    const wrongType = await click(bot, alice, r, 'Opslaan en verder', {
      vraagstuk: { length: 200 },
      mechanisms: 7,
    });
    assert.match(replyText(wrongType), /150 tot 3000 tekens[\s\S]*alleen mechanismen/);

    const after = await storedApplication(bot);
    assert.equal(after?.etag, before?.etag, 'the stored draft did not change');
    assert.deepEqual(after?.completedSteps, ['school']);
  });

  it('When the first step has no school or an unknown one, then the card asks to choose one and nothing is created', async () => {
    const r = await bot.send(alice, submitValue({ verb: 'aanmelding.start', roundId: ROUND.id }));
    for (const school of ['', 'bestaat-niet', ['albeda'], 'x'.repeat(5000)]) {
      const bad = await click(bot, alice, r, 'Opslaan en verder', { ...VALID_STEP_INPUT.school, school });
      assert.match(replyText(bad), /Kies een school uit de lijst/, JSON.stringify(school).slice(0, 40));
    }
    assert.deepEqual(await repos(bot).applications.listByRound(ROUND.id), []);
  });

  it('When card data is tampered with (unknown round, someone else’s draft, a made-up step), then a clear message comes and nothing changes', async () => {
    await submittedApplication(bot, alice);
    const before = await storedApplication(bot);
    const cases: [Record<string, unknown>, RegExp][] = [
      [
        { verb: 'aanmelding.step.save', roundId: 'nep-ronde', schoolId: 'albeda', step: 'overig' },
        /Die ronde ken ik niet/,
      ],
      [
        {
          verb: 'aanmelding.step.save',
          roundId: ROUND.id,
          schoolId: 'albeda',
          step: 'status',
          status: 'geselecteerd',
        },
        /kan ik niet vinden/,
      ],
      [{ verb: 'aanmelding.submit', roundId: ROUND.id, schoolId: 'albeda', rev: 1 }, /werkt niet mee/],
      [
        { verb: 'aanmelding.discard', roundId: ROUND.id, schoolId: 'albeda', rev: before?.rev },
        /werkt niet mee/,
      ],
      [
        {
          verb: 'aanmelding.step.save',
          roundId: ROUND.id,
          schoolId: 'albeda',
          step: 'overig',
          otherNotes: 'hallo',
        },
        /werkt niet mee/,
      ],
      [{ verb: 'aanmelding.review', roundId: ROUND.id, schoolId: '../../etc' }, /kan ik niet vinden/],
    ];
    for (const [value, expected] of cases) {
      assert.match(replyText(await bot.send(BOB, submitValue(value))), expected, JSON.stringify(value));
    }
    const join = await bot.send(
      BOB,
      submitValue({ verb: 'aanmelding.join', roundId: ROUND.id, schoolId: 'albeda' }),
    );
    assert.match(replyText(join), /al ingediend/, 'joining a submitted application is refused');
    const own = await bot.send(
      alice,
      submitValue({
        verb: 'aanmelding.step.save',
        roundId: ROUND.id,
        schoolId: 'albeda',
        step: 'overig',
        otherNotes: 'nog iets',
      }),
    );
    assert.match(replyText(own), /al ingediend/);
    assert.equal((await storedApplication(bot))?.etag, before?.etag);
  });

  it('When a second person of the same school starts, then they see who is working on it and can join; the first hears about it', async () => {
    let r = await bot.send(alice, submitValue({ verb: 'aanmelding.start', roundId: ROUND.id }));
    await click(bot, alice, r, 'Opslaan en verder', { ...VALID_STEP_INPUT.school, school: 'albeda' });

    r = await bot.send(BOB, submitValue({ verb: 'aanmelding.start', roundId: ROUND.id }));
    const taken = await click(bot, BOB, r, 'Opslaan en verder', {
      ...VALID_STEP_INPUT.school,
      contactName: 'Bob Bakker',
      school: 'albeda',
    });
    assert.match(replyText(taken), /Albeda heeft al een aanmelding[\s\S]*Alice de Vries werkt eraan/);
    assert.equal(
      (await storedApplication(bot))?.fields.contactName,
      'Alice de Vries',
      'Bob did not overwrite',
    );

    const joined = await click(bot, BOB, taken, 'Meewerken aan deze aanmelding');
    assert.match(replyText(joined), /Je werkt nu mee aan de aanmelding van \*\*Albeda\*\*/);
    assert.equal(stepOf(joined), 'vraagstuk');
    const note = bot.notifier.to(ALICE)[0];
    assert.match(note?.text ?? '', /Bob Bakker werkt nu ook mee/);
    assert.match(note?.reason ?? '', /omdat je meewerkt aan de aanmelding van Albeda/);

    await click(bot, BOB, joined, 'Opslaan en verder', VALID_STEP_INPUT.vraagstuk);
    const stored = await storedApplication(bot);
    assert.deepEqual(stored?.completedSteps, ['school', 'vraagstuk']);
    assert.equal(stored?.revisions.at(-1)?.byName, 'Bob Bakker');
  });

  it('When the applicant discards the draft, then it is gone after confirming, and a stale button discards nothing', async () => {
    const r = await fillAllSteps(bot, alice);
    const ask = await click(bot, alice, r, 'Concept weggooien');
    assert.match(replyText(ask), /Concept weggooien\?[\s\S]*Albeda/);
    const staleRev = (await storedApplication(bot))!.rev - 1;
    const stale = await bot.send(alice, submitValue({ ...button(ask, 'Ja, weggooien'), rev: staleRev }));
    assert.match(replyText(stale), /net door iemand anders gewijzigd/);
    assert.ok(await storedApplication(bot));
    assert.match(replyText(await click(bot, alice, ask, 'Nee, bewaren')), /blijft bewaard/);
    const done = await click(bot, alice, ask, 'Ja, weggooien');
    assert.match(replyText(done), /is weggegooid/);
    assert.equal(await storedApplication(bot), undefined);
    assert.match(replyText(await bot.send(alice, 'verder met aanmelding')), /geen aanmelding in concept/);
  });

  it('When the submit button is pressed twice, then there is one submission and the second press says it was already submitted', async () => {
    const r = await fillAllSteps(bot, alice);
    await click(bot, alice, r, 'Indienen');
    const first = await storedApplication(bot);
    const again = await click(bot, alice, r, 'Indienen');
    assert.match(
      replyText(again),
      /was al ingediend, op 2 maart 2026, 09:00 door Alice de Vries\. Referentie: \*\*GKDI26-/,
    );
    const after = await storedApplication(bot);
    assert.equal(after?.etag, first?.etag);
    assert.equal(after?.statusHistory.filter((h) => h.status === 'ingediend').length, 1);
  });

  it('When a colleague changed the draft after the review card was shown, then submitting shows the newest version instead', async () => {
    const r = await fillAllSteps(bot, alice);
    const app = await storedApplication(bot);
    await repos(bot).applications.replace({
      ...app!,
      rev: app!.rev + 1,
      fields: { ...app!.fields, otherNotes: 'Aangepast door Bob.' },
    });
    const stale = await click(bot, alice, r, 'Indienen');
    assert.match(replyText(stale), /Iemand heeft de aanmelding net gewijzigd[\s\S]*Aangepast door Bob/);
    assert.equal((await storedApplication(bot))?.status, 'concept');
  });

  it('When the round has not opened yet, then starting is refused with the dates', async () => {
    bot.clock.now = new Date('2026-01-15T10:00:00Z');
    assert.match(
      replyText(await bot.send(alice, 'aanmelden')),
      /geen ronde open[\s\S]*Aanmelden kan vanaf[\s\S]*1 februari 2026, 09:00/,
    );
    const refused = await bot.send(alice, submitValue({ verb: 'aanmelding.start', roundId: ROUND.id }));
    assert.match(replyText(refused), /kan pas vanaf 1 februari 2026, 09:00\. Het kan tot 14 mei 2026, 23:59/);
  });

  it('When the round closes while someone is mid-form, then their next step says so, nothing is saved, and the draft stays readable', async () => {
    let r = await bot.send(alice, submitValue({ verb: 'aanmelding.start', roundId: ROUND.id }));
    r = await click(bot, alice, r, 'Opslaan en verder', { ...VALID_STEP_INPUT.school, school: 'albeda' });
    const before = await storedApplication(bot);
    bot.clock.now = new Date('2026-05-15T08:00:00+02:00');
    const closed = await click(bot, alice, r, 'Opslaan en verder', VALID_STEP_INPUT.vraagstuk);
    const text = replyText(closed);
    assert.match(text, /gesloten sinds 14 mei 2026, 23:59[\s\S]*Je kunt het nog wel lezen/);
    assert.match(text, /Alice de Vries[\s\S]*alice@albeda\.nl/, 'the draft is shown');
    assert.ok(!/Indienen/.test(text), 'no submit button');
    assert.equal((await storedApplication(bot))?.etag, before?.etag);
    assert.match(
      replyText(await bot.send(alice, 'status')),
      /Niet ingediend\. De ronde is gesloten sinds 14 mei 2026, 23:59/,
    );
  });

  it('When the review card is submitted after closing time, then it is refused and the draft stays a draft', async () => {
    const r = await fillAllSteps(bot, alice);
    bot.clock.now = new Date('2026-05-14T22:00:30Z');
    assert.match(replyText(await click(bot, alice, r, 'Indienen')), /gesloten sinds 14 mei 2026, 23:59/);
    assert.equal((await storedApplication(bot))?.status, 'concept');
  });

  it('When the store is unavailable while saving a step, then the user hears nothing is lost and gets the step back with their text', async () => {
    let r = await bot.send(alice, submitValue({ verb: 'aanmelding.start', roundId: ROUND.id }));
    r = await click(bot, alice, r, 'Opslaan en verder', { ...VALID_STEP_INPUT.school, school: 'albeda' });
    sinon
      .stub(CosmosApplicationRepository.prototype, 'replace')
      .rejects(new StoreUnavailableError(new Error('429')));
    const failed = await click(bot, alice, r, 'Opslaan en verder', VALID_STEP_INPUT.vraagstuk);
    const text = replyText(failed);
    assert.match(text, /lukt nu niet om deze stap op te slaan[\s\S]*Probeer het over een minuut opnieuw/);
    assert.match(text, /stageplek/, 'their text is still in the card');
    assert.equal(stepOf(failed), 'vraagstuk');
    sinon.restore();
    const retried = await click(bot, alice, failed, 'Opslaan en verder', VALID_STEP_INPUT.vraagstuk);
    assert.equal(stepOf(retried), 'stappen');
  });

  it('When someone works in English, then the cards and messages are in English', async () => {
    const start = await bot.send(aliceEn, 'aanmelden');
    assert.match(replyText(start), /Apply until[\s\S]*14 May 2026, 23:59[\s\S]*Start application/);
    const r = await click(bot, aliceEn, start, 'Start application');
    assert.match(replyText(r), /School and contact person[\s\S]*Step 1 of 6/);
    const bad = await click(bot, aliceEn, r, 'Save and continue', { school: 'albeda' });
    assert.match(replyText(bad), /Enter a name \(2 to 100 characters\)/);
  });

  it('When someone has no draft, then "verder met aanmelding" says how to start', async () => {
    assert.match(replyText(await bot.send(alice, 'verder met aanmelding')), /Typ \*\*aanmelden\*\*/);
    assert.match(replyText(await bot.send(alice, 'status')), /Je hebt nog geen aanmelding/);
  });

  it('When the card of a step is expected, then it is one card (not many messages)', async () => {
    const r = await bot.send(alice, submitValue({ verb: 'aanmelding.start', roundId: ROUND.id }));
    assert.equal(r.length, 1);
    assert.ok(cardOf(r[0]));
  });
});
