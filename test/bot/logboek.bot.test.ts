import assert from 'node:assert/strict';
import sinon from 'sinon';
import { StoreUnavailableError } from '../../src/domain/errors';
import type { InterventionUpdate } from '../../src/domain/logboek';
import { CosmosUpdateRepository } from '../../src/features/logboek/logboek-repository';
import {
  ALICE,
  BEHEERDER,
  cardOf,
  createTestBot,
  inputsOf,
  replyText,
  submitOf,
  TENANT,
  type TestBot,
} from '../helpers/bot';

const alice = { aadObjectId: ALICE, name: 'Alice de Vries' };
const BOB = 'c0000000-0000-4000-8000-000000000003';
const bob = { aadObjectId: BOB, name: 'Bob Bakker' };
const beheerder = { aadObjectId: BEHEERDER, name: 'Bea Beheer' };

async function seed(bot: TestBot): Promise<void> {
  for (const [id, name, shortNames] of [
    ['albeda', 'Albeda', ['Albeda College']],
    ['techniek-college-rotterdam', 'Techniek College Rotterdam', []],
    ['zadkine', 'Zadkine', []],
    ['deltion', 'Deltion', []],
  ] as const) {
    await bot.deps.schools.save({ id, name, shortNames: [...shortNames], updatedAt: 'x', updatedBy: 'x' });
  }
  await bot.deps.users.save({
    id: ALICE,
    name: 'Alice de Vries',
    roles: ['coach'],
    schoolIds: ['albeda', 'techniek-college-rotterdam'],
    updatedAt: 'x',
    updatedBy: 'x',
  });
  await bot.deps.users.save({
    id: BOB,
    name: 'Bob Bakker',
    roles: ['coach'],
    schoolIds: ['zadkine'],
    updatedAt: 'x',
    updatedBy: 'x',
  });
}

const updatesOf = (bot: TestBot): Promise<InterventionUpdate[]> =>
  new CosmosUpdateRepository(bot.deps.containers.logboek).listAll({ includeDeleted: true });

describe('logboek: coaches log updates by chat', () => {
  let bot: TestBot;
  beforeEach(async () => {
    // Wednesday 11 March 2026, 10:00 in Amsterdam.
    bot = await createTestBot({ now: '2026-03-11T10:00:00+01:00' });
    await seed(bot);
  });
  afterEach(async () => {
    sinon.restore();
    await bot.close();
  });

  it('When a coach chats an update, then a prefilled card comes back and nothing is saved yet', async () => {
    const replies = await bot.send(
      alice,
      'gisteren 24 studenten van Albeda op bedrijfsbezoek bij een bouwbedrijf',
    );
    const card = cardOf(replies[0]);
    assert.ok(card);
    const inputs = inputsOf(card);
    assert.equal(inputs.schoolId, 'albeda');
    assert.equal(inputs.date, '2026-03-10');
    assert.equal(inputs.activityType, 'bedrijfsbezoek');
    assert.equal(inputs.mechanism, 'student-kent-werkgever');
    assert.equal(inputs.participants, '24');
    assert.match(inputs.text!, /bouwbedrijf/);
    assert.match(replyText(replies), /Klopt dit\?/);
    assert.equal((await updatesOf(bot)).length, 0);
  });

  it('When the coach corrects a field and presses save twice, then it is saved once, with the correction', async () => {
    const card = cardOf(
      (
        await bot.send(alice, 'TCR: workshop objectief werven met HR van 6 leerbedrijven, afgelopen maandag')
      )[0],
    );
    const submit = submitOf(card, { participants: '7' });
    const first = await bot.send(alice, submit);
    assert.match(
      replyText(first),
      /Opgeslagen ✅ Training of workshop bij \*\*Techniek College Rotterdam\*\* op 9 mrt 2026/,
    );
    const second = await bot.send(alice, submit);
    assert.match(replyText(second), /al opgeslagen/);
    const stored = await updatesOf(bot);
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.participants, 7);
    assert.equal(stored[0]!.mechanism, 'objectief-werven');
    assert.equal(
      stored[0]!.text,
      'TCR: workshop objectief werven met HR van 6 leerbedrijven, afgelopen maandag',
    );
  });

  it('When both presses of save arrive at the same time, then one update is stored', async () => {
    const card = cardOf(
      (await bot.send(alice, 'vandaag gastles bij Albeda over solliciteren, 20 studenten'))[0],
    );
    const submit = submitOf(card);
    // Two different conversations' turns are not serialised by the app: a real race at the store.
    const replies = await Promise.all([
      bot.send(alice, submit),
      bot.send(
        { ...alice },
        {
          ...submit,
          conversation: {
            id: 'a:other',
            conversationType: 'personal',
            tenantId: TENANT,
            isGroup: false,
            name: '',
          },
        },
      ),
    ]);
    const texts = replies.map(replyText).sort();
    assert.match(texts.join('\n'), /Opgeslagen ✅/);
    assert.equal(texts.filter((t) => /Opgeslagen ✅/.test(t)).length, 1, texts.join('\n'));
    assert.equal(texts.filter((t) => /al opgeslagen/.test(t)).length, 1, texts.join('\n'));
    assert.equal((await updatesOf(bot)).length, 1);
  });

  it('When the coach cancels, then nothing is saved', async () => {
    const card = cardOf(
      (await bot.send(alice, 'vandaag gastles bij Albeda over solliciteren, 20 studenten'))[0],
    );
    assert.match(
      replyText(await bot.send(alice, submitOf(card, {}, 1))),
      /Geannuleerd\. Er is niets opgeslagen/,
    );
    assert.equal((await updatesOf(bot)).length, 0);
  });

  it('When a coach asks a clear question, then the logbook does not take it', async () => {
    const replies = await bot.send(alice, 'Hoe werkt een veranderlab?');
    assert.doesNotMatch(replyText(replies), /Klopt dit|update voor het logboek/);
    assert.equal((await updatesOf(bot)).length, 0);
  });

  it('When a message could be an update or a question, then the bot asks, and "yes" opens the card', async () => {
    const replies = await bot.send(alice, 'veranderlab TCR');
    assert.match(replyText(replies), /Is dit een update voor het logboek\?/);
    const yes = await bot.send(alice, submitOf(cardOf(replies[0])));
    assert.equal(inputsOf(cardOf(yes[0])).activityType, 'veranderlab');
    const no = await bot.send(alice, submitOf(cardOf(replies[0]), {}, 1));
    assert.match(replyText(no), /vraagteken/);
  });

  it('When someone who is not a coach writes an update, then the logbook leaves it alone', async () => {
    const replies = await bot.send(beheerder, 'gisteren 24 studenten van Albeda op bedrijfsbezoek');
    assert.doesNotMatch(replyText(replies), /Klopt dit/);
  });

  it('When no school of the coach is named, then the card says so and saving without a school is refused', async () => {
    const replies = await bot.send(alice, 'Deltion: training voor 10 docenten over vooroordelen, gisteren');
    const card = cardOf(replies[0]);
    assert.match(
      replyText(replies),
      /Deltion is niet een van jouw scholen\. Je kunt alleen een update geven voor: Albeda, Techniek College Rotterdam/,
    );
    const refused = await bot.send(alice, submitOf(card));
    assert.match(replyText(refused), /Kies een van jouw scholen/);
    assert.equal((await updatesOf(bot)).length, 0);
  });

  it('When card data is tampered with or out of range, then a clear message comes back and nothing is stored', async () => {
    const card = cardOf(
      (await bot.send(alice, 'vandaag gastles bij Albeda over solliciteren, 20 studenten'))[0],
    );
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ participants: '100000' }, /heel getal in van 0 tot 2000/],
      [{ schoolId: 'zadkine' }, /niet een van jouw scholen/],
      [{ schoolId: 'bestaat-niet' }, /niet een van jouw scholen/],
      [{ activityType: 'hack' }, /Kies wat voor activiteit/],
      [{ date: '2026-02-30' }, /geldige datum/],
      [{ text: '' }, /Schrijf in een paar woorden/],
      [{ text: 'x'.repeat(100_000) }, /Schrijf in een paar woorden/],
      [{ draftId: 'not-a-uuid' }, /kloppen nog niet/],
      [{ mechanism: ['bewustwording'] }, /kloppen nog niet/],
    ];
    for (const [edit, expected] of cases) {
      const submit = submitOf(card);
      const replies = await bot.send(alice, { ...submit, value: { ...submit.value, ...edit } });
      assert.match(replyText(replies), expected, JSON.stringify(edit).slice(0, 60));
      assert.ok(cardOf(replies[replies.length - 1]), 'the card comes back');
    }
    assert.equal((await updatesOf(bot)).length, 0);
  });

  it('When the text says 100000 participants, then the card warns and saving is refused', async () => {
    const replies = await bot.send(alice, 'gisteren training bij Albeda met 100000 studenten');
    assert.match(replyText(replies), /Ik las 100000 deelnemers/);
    assert.match(replyText(await bot.send(alice, submitOf(cardOf(replies[0])))), /van 0 tot 2000/);
    assert.equal((await updatesOf(bot)).length, 0);
  });

  it('When the date is in the future, then the bot asks before saving, and saves after the coach confirms', async () => {
    const card = cardOf((await bot.send(alice, 'training bij Albeda voor 12 docenten over vooroordelen'))[0]);
    const asked = await bot.send(alice, submitOf(card, { date: '2026-04-20' }));
    assert.match(replyText(asked), /20 apr 2026 ligt in de toekomst/);
    assert.equal((await updatesOf(bot)).length, 0);
    const confirmed = await bot.send(alice, submitOf(cardOf(asked[0])));
    assert.match(replyText(confirmed), /Opgeslagen/);
    assert.equal((await updatesOf(bot))[0]!.date, '2026-04-20');
  });

  it('When the date is long past, then the bot asks first', async () => {
    const card = cardOf((await bot.send(alice, 'training bij Albeda voor 12 docenten over vooroordelen'))[0]);
    assert.match(
      replyText(await bot.send(alice, submitOf(card, { date: '2025-09-01' }))),
      /meer dan 60 dagen geleden/,
    );
    assert.equal((await updatesOf(bot)).length, 0);
  });

  it('When the store is unavailable on save, then the coach hears nothing is lost and gets the card back filled in', async () => {
    const card = cardOf(
      (await bot.send(alice, 'vandaag gastles bij Albeda over solliciteren, 20 studenten'))[0],
    );
    sinon
      .stub(CosmosUpdateRepository.prototype, 'create')
      .rejects(new StoreUnavailableError(new Error('429')));
    const replies = await bot.send(alice, submitOf(card, { participants: '21' }));
    assert.match(replyText(replies), /Er is niets verloren/);
    assert.equal(inputsOf(cardOf(replies[1])).participants, '21');
    sinon.restore();
    assert.match(replyText(await bot.send(alice, submitOf(cardOf(replies[1])))), /Opgeslagen/);
    assert.equal((await updatesOf(bot)).length, 1);
  });

  it('When a coach types "nieuwe update", then an empty card opens', async () => {
    const replies = await bot.send(alice, 'nieuwe update');
    const inputs = inputsOf(cardOf(replies[0]));
    assert.match(replyText(replies), /Nieuwe update/);
    assert.equal(inputs.schoolId, '');
    assert.equal(inputs.text, '');
    assert.equal(inputs.date, '2026-03-11');
  });

  it('When a medewerker types "nieuwe update", then they are told it is for coaches', async () => {
    assert.match(replyText(await bot.send(beheerder, 'nieuwe update')), /rol \*\*coach\*\*/);
  });

  it('When a coach edits an update, then the change is saved with who, when and what in its history', async () => {
    const card = cardOf((await bot.send(alice, 'gisteren gastles bij Albeda, 20 studenten'))[0]);
    await bot.send(alice, submitOf(card));
    const list = cardOf((await bot.send(alice, 'mijn updates'))[0]);
    assert.match(
      replyText([
        { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: list }] },
      ]),
      /10 mrt 2026 · Albeda · Gastles/,
    );
    const [update] = await updatesOf(bot);
    const edit = cardOf(
      (
        await bot.send(alice, {
          type: 'message',
          value: { verb: 'logboek.edit', schoolId: 'albeda', updateId: update!.id },
        })
      )[0],
    );
    assert.match(
      replyText([
        {
          text: '',
          attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: edit }],
        },
      ]),
      /Update aanpassen/,
    );
    bot.clock.now = new Date('2026-03-11T11:30:00+01:00');
    const saved = await bot.send(alice, submitOf(edit, { participants: '22' }));
    assert.match(replyText(saved), /Aangepast ✅/);
    const [after] = await updatesOf(bot);
    assert.equal(after!.participants, 22);
    assert.deepEqual(after!.history.at(-1)?.changes, { participants: { from: 20, to: 22 } });
    assert.equal(after!.history.at(-1)?.byName, 'Alice de Vries');
    assert.match(
      replyText(await bot.send(alice, 'mijn updates')),
      /11 mrt 2026 11:30 — Alice de Vries: deelnemers 20 → 22/,
    );
    // The same edit card pressed again: nothing changes twice.
    assert.match(replyText(await bot.send(alice, submitOf(edit, { participants: '22' }))), /al opgeslagen/);
  });

  it('When a coach removes an update, then it leaves the list and the overview; another coach cannot touch it', async () => {
    const card = cardOf((await bot.send(alice, 'gisteren gastles bij Albeda, 20 studenten'))[0]);
    await bot.send(alice, submitOf(card));
    const [update] = await updatesOf(bot);
    const ref = { schoolId: 'albeda', updateId: update!.id };
    assert.match(
      replyText(await bot.send(bob, { type: 'message', value: { verb: 'logboek.delete', ...ref } })),
      /alleen je eigen updates/,
    );
    assert.match(
      replyText(await bot.send(bob, { type: 'message', value: { verb: 'logboek.edit', ...ref } })),
      /alleen je eigen updates/,
    );
    assert.match(
      replyText(await bot.send(alice, { type: 'message', value: { verb: 'logboek.delete', ...ref } })),
      /weggehaald/,
    );
    assert.match(replyText(await bot.send(alice, 'mijn updates')), /nog geen updates/);
    const [stored] = await updatesOf(bot);
    assert.equal(stored!.deleted, true);
    assert.equal(stored!.history.at(-1)?.action, 'deleted');
    assert.match(replyText(await bot.send(alice, 'overzicht albeda')), /0 updates/);
  });

  it("When a beheerder corrects a coach's update, then it is saved and the history names the beheerder", async () => {
    await bot.send(
      alice,
      submitOf(cardOf((await bot.send(alice, 'gisteren gastles bij Albeda, 20 studenten'))[0])),
    );
    const [update] = await updatesOf(bot);
    assert.match(
      replyText(await bot.send(beheerder, 'mijn updates')),
      /Laatste updates van alle coaches[\s\S]*door Alice de Vries/,
    );
    const edit = cardOf(
      (
        await bot.send(beheerder, {
          type: 'message',
          value: { verb: 'logboek.edit', schoolId: 'albeda', updateId: update!.id },
        })
      )[0],
    );
    assert.match(
      replyText(await bot.send(beheerder, submitOf(edit, { activityType: 'training' }))),
      /Aangepast ✅/,
    );
    const [after] = await updatesOf(bot);
    assert.equal(after!.activityType, 'training');
    assert.equal(after!.coachId, ALICE);
    assert.equal(after!.history.at(-1)?.byName, 'Bea Beheer');
    // A beheerder who is not a coach still cannot log a new update.
    assert.match(
      replyText(
        await bot.send(beheerder, {
          type: 'message',
          value: {
            ...inputsOf(edit),
            verb: 'logboek.save',
            draftId: '3f1c2b4a-1111-4c4c-8888-00000000abcd',
            schoolId: 'albeda',
          },
        }),
      ),
      /rol \*\*coach\*\*/,
    );
    assert.equal((await updatesOf(bot)).length, 1);
  });

  it('When a coach asks "overzicht <school>", then they see counts against the targets and a chart', async () => {
    for (const text of [
      'gisteren eerste veranderlab bij Albeda met 8 leidinggevenden',
      'schoolbezoek Albeda met directie, reflectie, eergisteren',
      'afgelopen maandag training bewustwording Albeda voor 15 docenten',
    ]) {
      await bot.send(alice, submitOf(cardOf((await bot.send(alice, text))[0])));
    }
    const replies = await bot.send(alice, 'overzicht albeda college');
    const card = cardOf(replies[0]);
    const text = replyText(replies);
    assert.match(text, /Overzicht Albeda/);
    assert.match(text, /3 updates · laatste: gisteren/);
    assert.match(text, /Veranderlabs: 1 van 2/);
    assert.match(text, /Leiderschapsbezoeken dit schooljaar \(2025-2026\): 1 van 3/);
    const image = JSON.stringify(card).match(/data:image\/png;base64,[A-Za-z0-9+/=]+/);
    assert.ok(image, 'a chart image');
    assert.ok(Buffer.from(image[0].split(',')[1]!, 'base64').subarray(1, 4).toString() === 'PNG');
    assert.ok(JSON.stringify(card).length < 20 * 1024);
  });

  it('When a coach asks for the overview of a school that is not theirs, then it is refused', async () => {
    assert.match(
      replyText(await bot.send(alice, 'overzicht Zadkine')),
      /Ik vind geen school “Zadkine” bij jou/,
    );
    assert.match(
      replyText(
        await bot.send(alice, { type: 'message', value: { verb: 'logboek.overview', schoolId: 'zadkine' } }),
      ),
      /Ik vind geen school/,
    );
  });

  it('When a beheerder asks "overzicht", then all schools show, the longest inactive first', async () => {
    await bot.send(
      alice,
      submitOf(cardOf((await bot.send(alice, 'gisteren gastles bij Albeda, 20 studenten'))[0])),
    );
    await bot.send(bob, submitOf(cardOf((await bot.send(bob, 'gastles Zadkine 2 maart, 12 studenten'))[0])));
    const text = replyText(await bot.send(beheerder, 'overzicht'));
    assert.match(text, /Alle scholen/);
    const order = ['Deltion', 'Techniek College Rotterdam', 'Zadkine', 'Albeda'].map((n) =>
      text.indexOf(`**${n}**`),
    );
    assert.ok(
      order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!)),
      text,
    );
    assert.match(text, /Zadkine\*\* · 9 dagen geleden/);
  });

  it('When a coach pauses reminders until 1 April and resumes, then the bot confirms both', async () => {
    assert.match(
      replyText(await bot.send(alice, 'pauzeer tot 1 april')),
      /geen herinneringen tot en met 1 apr 2026/,
    );
    assert.match(replyText(await bot.send(alice, 'pauzeer tot gisteren')), /al voorbij/);
    assert.match(replyText(await bot.send(alice, 'pauzeer tot blabla')), /begrijp ik niet/);
    assert.match(replyText(await bot.send(alice, 'hervat herinneringen')), /weer herinneringen/);
  });

  it('When an English-speaking coach logs an update, then the card is in English', async () => {
    const replies = await bot.send(
      { ...alice, locale: 'en-US' },
      'gisteren gastles bij Albeda, 20 studenten',
    );
    assert.match(replyText(replies), /Is this right\?[\s\S]*Guest lesson/);
  });
});
