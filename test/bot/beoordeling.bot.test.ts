import assert from 'node:assert/strict';
import { ROUND } from '../helpers/aanmelding-fixtures';
import {
  BOB,
  button,
  click,
  giveRole,
  inputsOf,
  repos,
  RENSKE,
  RUUD,
  seedRound,
  seedSchools,
  storedApplication,
  submitValue,
  submittedApplication,
} from '../helpers/aanmelding-bot';
import { ALICE, BEHEERDER, cardOf, createTestBot, replyText, type TestBot } from '../helpers/bot';

const alice = { aadObjectId: ALICE, name: 'Alice de Vries' };
const bea = { aadObjectId: BEHEERDER, name: 'Bea Beheer' };
const ref = { roundId: ROUND.id, schoolId: 'albeda' };

function scores(values: number[], note = 'Goed onderbouwd.'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ROUND.criteria.forEach((c, i) => {
    out[`score_${c.id}`] = String(values[i]);
    out[`note_${c.id}`] = note;
  });
  return out;
}

describe('aanmelding: the expert group and the beheerder', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
    await seedRound(bot);
    await seedSchools(bot);
    await giveRole(bot, RENSKE, 'beoordelaar');
    await giveRole(bot, RUUD, 'beoordelaar');
  });
  afterEach(() => bot.close());

  it('When a medewerker asks for the applications or sends a reviewer button, then it needs the beoordelaar role and shows nothing', async () => {
    await submittedApplication(bot, alice);
    assert.match(
      replyText(await bot.send(BOB, 'aanmeldingen')),
      /alleen iemand met de rol \*\*beoordelaar\*\*/,
    );
    const forged = await bot.send(BOB, submitValue({ verb: 'aanmelding.beoordeling.open', ...ref }));
    assert.match(replyText(forged), /alleen iemand met de rol/);
    assert.ok(!/stageplek/.test(replyText(forged)));
    const score = await bot.send(
      BOB,
      submitValue({ verb: 'aanmelding.beoordeling.score.save', ...ref, ...scores([5, 5, 5]) }),
    );
    assert.match(replyText(score), /alleen iemand met de rol \*\*beoordelaar\*\*/);
    assert.deepEqual(await repos(bot).reviews.listByRound(ROUND.id), []);
  });

  it('When a beoordelaar opens the list, then only submitted applications are listed, paged, each opening as a read-only summary', async () => {
    for (const [i, name] of ['Albeda', 'Zadkine'].entries()) {
      await submittedApplication(
        bot,
        { aadObjectId: `d000000${i}-0000-4000-8000-000000000000`, name: `Medewerker ${name}` },
        name.toLowerCase(),
      );
    }
    await bot.send(BOB, submitValue({ verb: 'aanmelding.start', roundId: ROUND.id }));
    const rounds = await bot.send(RENSKE, 'aanmeldingen');
    assert.match(
      replyText(rounds),
      /Aanmelding begeleidingstraject 2026[\s\S]*2 ingediend · 0 van 8 geselecteerd/,
    );
    const list = await click(bot, RENSKE, rounds, 'Aanmeldingen');
    const text = replyText(list);
    assert.match(text, /Albeda[\s\S]*GKDI26-[\s\S]*Jij hebt nog niet gescoord[\s\S]*Zadkine/);
    assert.match(text, /Pagina 1 van 1 · aantal: 2/);

    const summary = await click(bot, RENSKE, list, 'Openen');
    const s = replyText(summary);
    assert.match(s, /Aanmelding Albeda[\s\S]*Ingediend[\s\S]*stageplek/);
    assert.match(s, /Je ziet de scores van anderen pas als je zelf hebt gescoord/);
    assert.ok(!/Wijzigen/.test(s), 'read-only: no edit buttons');
    assert.ok(button(summary, 'Scoren'));
    assert.throws(() => button(summary, 'Besluit nemen'), 'only a beheerder decides');
  });

  it('When there are more applications than fit a page, then the list pages on with Volgende', async () => {
    await seedSchools(
      bot,
      Array.from({ length: 10 }, (_, i) => `School ${String.fromCharCode(65 + i)}`),
    );
    const apps = repos(bot).applications;
    const base = await submittedApplication(bot, alice);
    for (let i = 0; i < 10; i++) {
      await apps.create({
        ...base,
        schoolId: `school-${String.fromCharCode(97 + i)}`,
        schoolName: `School ${String.fromCharCode(65 + i)}`,
        etag: undefined,
      });
    }
    const first = await bot.send(
      RENSKE,
      submitValue({ verb: 'aanmelding.beoordeling.list', roundId: ROUND.id }),
    );
    assert.match(replyText(first), /Pagina 1 van 2 · aantal: 11/);
    const second = await click(bot, RENSKE, first, 'Volgende →');
    assert.match(replyText(second), /Pagina 2 van 2/);
    assert.throws(() => button(second, 'Volgende →'));
    const tampered = await bot.send(
      RENSKE,
      submitValue({ verb: 'aanmelding.beoordeling.list', roundId: ROUND.id, page: '9999' }),
    );
    assert.match(replyText(tampered), /Pagina 2 van 2/);
  });

  it('When a beoordelaar scores every criterion, then the application is in beoordeling, the applicant hears why, and the scores of others become visible', async () => {
    await submittedApplication(bot, alice);
    await bot.send(
      RUUD,
      submitValue({
        verb: 'aanmelding.beoordeling.score.save',
        ...ref,
        ...scores([2, 3, 4], 'Ruud vindt het matig.'),
      }),
    );
    const note = bot.notifier.to(ALICE).at(-1);
    assert.match(note?.text ?? '', /begonnen met het beoordelen van de aanmelding van \*\*Albeda\*\*/);
    assert.match(note?.reason ?? '', /omdat je meewerkt aan de aanmelding van Albeda/);
    assert.equal((await storedApplication(bot))?.status, 'in-beoordeling');

    const before = replyText(
      await bot.send(RENSKE, submitValue({ verb: 'aanmelding.beoordeling.open', ...ref })),
    );
    assert.ok(!/Ruud vindt het matig/.test(before), 'not visible before scoring');
    const overviewBefore = replyText(
      await bot.send(RENSKE, submitValue({ verb: 'aanmelding.beoordeling.overview', roundId: ROUND.id })),
    );
    assert.match(overviewBefore, /Scores verborgen tot jij hebt gescoord \(1 gescoord\)/);
    assert.match(overviewBefore, /Nog niet gescoord: Renske Reviewer/);

    const form = await bot.send(RENSKE, submitValue({ verb: 'aanmelding.beoordeling.score.form', ...ref }));
    assert.match(
      replyText(form),
      /Helder vraagstuk[\s\S]*Score voor Helder vraagstuk[\s\S]*Toelichting bij Helder vraagstuk/,
    );
    const saved = await click(bot, RENSKE, form, 'Scores opslaan', scores([4, 5, 3], 'Renske is positief.'));
    const text = replyText(saved);
    assert.match(text, /Je scores voor \*\*Albeda\*\* zijn opgeslagen/);
    assert.match(text, /Gemiddeld 3,5 · spreiding 3,0 tot 4,0 · 2 beoordelaars/);
    assert.match(text, /Ruud vindt het matig/);

    const overview = replyText(
      await bot.send(RENSKE, submitValue({ verb: 'aanmelding.beoordeling.overview', roundId: ROUND.id })),
    );
    assert.match(
      overview,
      /Albeda · In beoordeling[\s\S]*Gemiddeld 3,5 · spreiding 3,0 tot 4,0 \(2 gescoord\)[\s\S]*Alle beoordelaars hebben gescoord/,
    );
    assert.equal(
      bot.notifier.to(ALICE).length,
      1,
      'the second score changes no status, so no second message',
    );
  });

  it('When a score or note is missing, out of range or tampered, then the form returns with messages and nothing is stored', async () => {
    await submittedApplication(bot, alice);
    const form = await bot.send(RENSKE, submitValue({ verb: 'aanmelding.beoordeling.score.form', ...ref }));
    const bad = { ...scores([4, 9, 3]), note_leerwaarde: '', score_vraagstuk: ['5'] };
    const r = await click(bot, RENSKE, form, 'Scores opslaan', bad);
    assert.match(
      replyText(r),
      /Kies een score van 1 tot 5[\s\S]*Schrijf een toelichting van 3 tot 1000 tekens/,
    );
    assert.equal(inputsOf(cardOf(r[0])).note_vraagstuk, 'Goed onderbouwd.', 'input kept');
    assert.deepEqual(await repos(bot).reviews.listByRound(ROUND.id), []);
    assert.equal((await storedApplication(bot))?.status, 'ingediend');
  });

  it('When a beoordelaar asks for more information, then the applicant gets a card, answers it, and the status and history show it all', async () => {
    await submittedApplication(bot, alice);
    const form = await bot.send(RENSKE, submitValue({ verb: 'aanmelding.beoordeling.info.form', ...ref }));
    const tooShort = await click(bot, RENSKE, form, 'Vraag versturen', { question: 'Hoe?' });
    assert.match(replyText(tooShort), /Schrijf een vraag van 10 tot 1000 tekens/);
    const sent = await click(bot, RENSKE, form, 'Vraag versturen', {
      question: 'Hoeveel studenten doen mee aan de pilot?',
    });
    assert.match(replyText(sent), /Je vraag is verstuurd naar Albeda/);
    assert.equal((await storedApplication(bot))?.status, 'aanvulling-gevraagd');

    const proactive = bot.notifier.to(ALICE).at(-1);
    assert.ok(proactive?.card, 'the question arrives as a card');
    assert.match(proactive?.reason ?? '', /omdat je meewerkt/);
    const card = [
      { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: proactive.card }] },
    ];
    assert.match(replyText(card), /Hoeveel studenten doen mee aan de pilot\?[\s\S]*Je antwoord/);

    const status = replyText(await bot.send(alice, 'status'));
    assert.match(status, /Aanvullende informatie gevraagd sinds[\s\S]*Hoeveel studenten doen mee/);

    const empty = await click(bot, alice, card, 'Antwoord versturen', { answer: ' ' });
    assert.match(replyText(empty), /Schrijf een antwoord van 10 tot 3000 tekens/);
    const answered = await click(bot, alice, card, 'Antwoord versturen', {
      answer: 'Ongeveer 120 studenten van zorg en techniek.',
    });
    assert.match(replyText(answered), /Bedankt, je antwoord is verstuurd/);
    assert.equal((await storedApplication(bot))?.status, 'ingediend');
    assert.match(
      bot.notifier.to(RENSKE.aadObjectId).at(-1)?.text ?? '',
      /Alice de Vries heeft de vraag over \*\*Albeda\*\* beantwoord:[\s\S]*120 studenten/,
    );
    assert.match(
      replyText(await click(bot, alice, card, 'Antwoord versturen', { answer: 'Nog een keer antwoorden.' })),
      /al beantwoord/,
    );

    const history = replyText(await bot.send(RENSKE, submitValue({ verb: 'aanmelding.history', ...ref })));
    assert.match(history, /Vraag beantwoord: Ongeveer 120 studenten/);
    assert.match(history, /Vraag gesteld: Hoeveel studenten doen mee aan de pilot\?/);
    assert.match(history, /Status: Aanvullende informatie gevraagd\n/);
    assert.match(history, /School en contactpersoon gewijzigd/);
    assert.match(history, /Alice de Vries/);
  });

  it('When a beheerder decides, then places are capped unless overridden, and the applicants hear the decision with the reason', async () => {
    const round = await repos(bot).rounds.get(ROUND.id);
    await repos(bot).rounds.save({ ...round!, places: 1 });
    await submittedApplication(bot, alice, 'albeda');
    await submittedApplication(bot, BOB, 'zadkine');
    assert.match(
      replyText(await bot.send(RENSKE, submitValue({ verb: 'aanmelding.beoordeling.decide.form', ...ref }))),
      /alleen iemand met de rol \*\*beheerder\*\*/,
    );

    const form = await bot.send(bea, submitValue({ verb: 'aanmelding.beoordeling.decide.form', ...ref }));
    assert.match(replyText(form), /0 van 1 plaatsen vergeven/);
    const noReason = await click(bot, bea, form, /Besluit opslaan/, { outcome: 'geselecteerd', reason: '' });
    assert.match(replyText(noReason), /Schrijf een toelichting van 10 tot 1000 tekens/);
    const yes = await click(bot, bea, form, /Besluit opslaan/, {
      outcome: 'geselecteerd',
      reason: 'Een helder en gedragen plan.',
    });
    assert.match(replyText(yes), /Het besluit voor \*\*Albeda\*\* is opgeslagen: Geselecteerd/);
    assert.match(
      bot.notifier.to(ALICE).at(-1)?.text ?? '',
      /Goed nieuws: \*\*Albeda\*\* is geselecteerd[\s\S]*Een helder en gedragen plan/,
    );

    const zadkine = { roundId: ROUND.id, schoolId: 'zadkine' };
    const form2 = await bot.send(
      bea,
      submitValue({ verb: 'aanmelding.beoordeling.decide.form', ...zadkine }),
    );
    const full = await click(bot, bea, form2, /Besluit opslaan/, {
      outcome: 'geselecteerd',
      reason: 'Ook een sterk plan.',
      overridePlaces: 'false',
    });
    assert.match(replyText(full), /Er zijn al 1 van 1 plaatsen vergeven/);
    assert.equal((await storedApplication(bot, 'zadkine'))?.status, 'ingediend');
    const forced = await click(bot, bea, form2, /Besluit opslaan/, {
      outcome: 'geselecteerd',
      reason: 'Ook een sterk plan.',
      overridePlaces: 'true',
    });
    assert.match(replyText(forced), /opgeslagen: Geselecteerd/);

    const no = await click(bot, bea, form2, /Besluit opslaan/, {
      outcome: 'niet-geselecteerd',
      reason: 'Bij nader inzien te weinig draagvlak.',
    });
    assert.match(replyText(no), /Niet geselecteerd/);
    const notice = bot.notifier.to(BOB.aadObjectId).at(-1);
    const card = [
      { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: notice?.card }] },
    ];
    assert.match(replyText(card), /niet geselecteerd[\s\S]*andere steun[\s\S]*te weinig draagvlak/i);
    const followUp = await click(bot, BOB, card, 'Ja, ik wil een gesprek');
    assert.match(replyText(followUp), /Het kennispunt neemt contact met je op/);
    assert.match(
      bot.notifier.to(BEHEERDER).at(-1)?.text ?? '',
      /Bob Bakker wil graag een gesprek over andere steun voor \*\*Zadkine\*\*/,
    );
    assert.match(replyText(await bot.send(BOB, 'status')), /Je hebt om een gesprek gevraagd/);
  });

  it('When a decision or review request uses an unknown application or a bad outcome, then it is refused and nothing changes', async () => {
    await submittedApplication(bot, alice);
    const before = await storedApplication(bot);
    assert.match(
      replyText(
        await bot.send(
          bea,
          submitValue({
            verb: 'aanmelding.beoordeling.decide.save',
            roundId: ROUND.id,
            schoolId: 'nope',
            outcome: 'geselecteerd',
            reason: 'Helemaal goed zo.',
          }),
        ),
      ),
      /kan ik niet vinden/,
    );
    const bad = await bot.send(
      bea,
      submitValue({
        verb: 'aanmelding.beoordeling.decide.save',
        ...ref,
        outcome: 'super-geselecteerd',
        reason: 'Helemaal goed zo.',
      }),
    );
    assert.match(replyText(bad), /Kies geselecteerd of niet geselecteerd/);
    assert.equal((await storedApplication(bot))?.etag, before?.etag);
  });

  it('When a beheerder opens "rondes", then rounds are listed and a new one can be made in a form, with field messages for mistakes', async () => {
    assert.match(replyText(await bot.send(alice, 'rondes')), /alleen iemand met de rol \*\*beheerder\*\*/);
    const list = await bot.send(bea, 'rondes');
    assert.match(
      replyText(list),
      /Aanmelding begeleidingstraject 2026 \(begeleidingstraject-2026\)[\s\S]*Open · 1 februari 2026, 09:00 tot 14 mei 2026, 23:59/,
    );
    const form = await click(bot, bea, list, 'Nieuwe ronde');
    const input = {
      id: 'alliantie-2027',
      programme: 'Gelijke Kansen Alliantie',
      name: 'Ronde 2027',
      description: '',
      opensDate: '2027-03-01',
      opensTime: '09:00',
      closesDate: '2027-02-01',
      closesTime: '23:59',
      decisionDate: '2027-04-01',
      places: '50',
      perSchoolYear: '10000',
      ownContributionMin: '0',
      referencePrefix: '',
      criteria: 'Plan | Is het plan helder?\nDraagvlak',
    };
    const bad = await click(bot, bea, form, 'Ronde opslaan', input);
    assert.match(replyText(bad), /Kies een sluitdatum en -tijd na de opening/);
    assert.equal(inputsOf(cardOf(bad[0])).name, 'Ronde 2027');
    const ok = await click(bot, bea, form, 'Ronde opslaan', { ...input, closesDate: '2027-03-15' });
    assert.match(replyText(ok), /Ronde \*\*Ronde 2027\*\* is opgeslagen/);
    const stored = await repos(bot).rounds.get('alliantie-2027');
    assert.deepEqual(
      stored?.criteria.map((c) => c.id),
      ['plan', 'draagvlak'],
    );
    assert.equal(stored?.closesAt, '2027-03-15T22:59:59.999Z');
  });

  it('When scoring has started, then a beheerder can still edit a round but not its criteria', async () => {
    await submittedApplication(bot, alice);
    await bot.send(
      RENSKE,
      submitValue({ verb: 'aanmelding.beoordeling.score.save', ...ref, ...scores([4, 4, 4]) }),
    );
    const form = await bot.send(bea, submitValue({ verb: 'aanmelding.ronde.form', roundId: ROUND.id }));
    const values = inputsOf(cardOf(form[0]));
    assert.match(String(values.criteria), /Helder vraagstuk \| Is duidelijk wat er speelt\?/);
    const locked = await click(bot, bea, form, 'Ronde opslaan', { ...values, criteria: 'Iets heel anders' });
    assert.match(replyText(locked), /kun je daarom niet meer veranderen/);
    const ok = await click(bot, bea, form, 'Ronde opslaan', { ...values, places: '9' });
    assert.match(replyText(ok), /is opgeslagen/);
    assert.equal((await repos(bot).rounds.get(ROUND.id))?.places, 9);
    const stale = await click(bot, bea, form, 'Ronde opslaan', { ...values, places: '10' });
    assert.match(replyText(stale), /Iemand anders heeft dit net aangepast/);
  });
});
