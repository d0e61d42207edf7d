import assert from 'node:assert/strict';
import type { InterventionUpdate } from '../../src/domain/logboek';
import { CosmosMatchingRepository } from '../../src/features/matching/matching-repository';
import {
  CosmosSchedulerRepository,
  CosmosUpdateRepository,
} from '../../src/features/logboek/logboek-repository';
import { ALICE, BEHEERDER, cardOf, createTestBot, replyText, type TestBot } from '../helpers/bot';

const beheerder = { aadObjectId: BEHEERDER, name: 'Bea Beheer' };
const alice = { aadObjectId: ALICE, name: 'Alice de Vries' };
const submit = (value: Record<string, unknown>) => ({ type: 'message', value });

/** The token the confirm button carries, as Teams would post it back. */
function confirmData(card: Record<string, unknown> | undefined): Record<string, unknown> {
  const actions = (card?.actions ?? []) as { data?: Record<string, unknown> }[];
  const data = actions.find((a) => a.data?.verb === 'privacy.erase.confirm')?.data;
  assert.ok(data, 'the card has a confirm button');
  return data;
}

describe('privacy: a person sees and deletes what the bot keeps about them', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
    await bot.send(
      beheerder,
      submit({ verb: 'admin.school.save', name: 'Albeda', shortNames: '', brin: '', region: '', board: '' }),
    );
    await bot.send(
      beheerder,
      submit({
        verb: 'admin.role.save',
        personId: ALICE,
        personName: 'Alice de Vries',
        role: 'coach',
        action: 'add',
        schoolIds: 'albeda',
      }),
    );
  });
  afterEach(() => bot.close());

  it('When a coach types "mijn gegevens", then she sees her name, roles and schools and a button to delete them', async () => {
    const text = replyText(await bot.send(alice, 'mijn gegevens'));
    assert.match(text, /Dit bewaart Kansenwijzer over jou/);
    assert.match(text, /Naam: Alice de Vries/);
    assert.match(text, /Rollen: medewerker, coach/);
    assert.match(text, /Scholen: Albeda/);
    assert.match(text, /Verwijder mijn gegevens/);
    assert.match(text, /hoogstens 90 dagen/);
  });

  it('When someone the bot knows nothing about asks, then they hear that nothing is kept, in English for en-US', async () => {
    const stranger = { aadObjectId: 'f0000000-0000-4000-8000-00000000000f', name: 'Sam', locale: 'en-US' };
    assert.match(replyText(await bot.send(stranger, 'my data')), /I keep nothing about you/);
    assert.match(replyText(await bot.send(stranger, 'delete my data')), /nothing to delete/);
  });

  it('When she asks to delete and confirms, then her profile is gone, she is told so, and the school she did not own stays', async () => {
    const ask = await bot.send(alice, 'verwijder mijn gegevens');
    const card = cardOf(ask[0]);
    assert.match(replyText(ask), /Je gegevens verwijderen\?[\s\S]*Je profiel[\s\S]*kan niet ongedaan worden/);
    const done = await bot.send(alice, submit(confirmData(card)));
    assert.match(replyText(done), /je gegevens zijn verwijderd/);
    assert.equal(await bot.deps.users.get(ALICE), undefined);
    assert.ok(await bot.deps.schools.get('albeda'));
    assert.match(replyText(await bot.send(alice, 'mijn gegevens')), /Ik bewaar niets over je/);
  });

  it('When she presses "no", or a confirm button without the right token, then nothing is deleted', async () => {
    const card = cardOf((await bot.send(alice, 'verwijder mijn gegevens'))[0]);
    assert.match(
      replyText(await bot.send(alice, submit({ verb: 'privacy.erase.cancel' }))),
      /niets verwijderd/,
    );
    // The old card's button no longer works after "no".
    assert.match(replyText(await bot.send(alice, submit(confirmData(card)))), /werkt niet meer/);
    await bot.send(alice, 'verwijder mijn gegevens');
    for (const forged of [{}, { token: 'guess' }, { token: 42 }, { token: 'x'.repeat(10_000) }]) {
      const r = await bot.send(alice, submit({ verb: 'privacy.erase.confirm', ...forged }));
      assert.match(replyText(r), /werkt niet meer/);
    }
    assert.ok(await bot.deps.users.get(ALICE), 'still there');
  });

  it('When the confirm button is pressed after it expired, then nothing is deleted', async () => {
    const card = cardOf((await bot.send(alice, 'verwijder mijn gegevens'))[0]);
    bot.clock.now = new Date(bot.clock.now.getTime() + 16 * 60_000);
    assert.match(replyText(await bot.send(alice, submit(confirmData(card)))), /werkt niet meer/);
    assert.ok(await bot.deps.users.get(ALICE));
  });

  it("When a confirm carries another person's id, then only the sender's own data is deleted", async () => {
    const card = cardOf((await bot.send(beheerder, 'verwijder mijn gegevens'))[0]);
    await bot.send(beheerder, submit({ ...confirmData(card), aadObjectId: ALICE, personId: ALICE }));
    assert.ok(await bot.deps.users.get(ALICE), "Alice's profile stays");
    // The beheerder last changed Alice's roles; that mark no longer names them.
    assert.equal((await bot.deps.users.get(ALICE))?.updatedBy, 'verwijderd');
    assert.equal((await bot.deps.schools.get('albeda'))?.updatedBy, 'verwijderd');
  });

  it('When a bootstrap beheerder deletes their data, then the card says they stay beheerder', async () => {
    assert.match(
      replyText(await bot.send(beheerder, 'verwijder mijn gegevens')),
      /Je blijft wel beheerder, want dat staat in de instellingen/,
    );
  });

  it('When a coach with logged updates, a reminder pause and a leermeester profile deletes her data, then the updates stay without her name and the rest is gone', async () => {
    const updates = new CosmosUpdateRepository(bot.deps.containers.logboek);
    const scheduler = new CosmosSchedulerRepository(bot.deps.containers.scheduler);
    const matching = new CosmosMatchingRepository(bot.deps.containers.matching);
    const update: InterventionUpdate = {
      id: 'u1',
      schoolId: 'albeda',
      date: '2026-03-01',
      activityType: 'gastles',
      mechanism: null,
      participants: 20,
      phase: null,
      text: 'gastles over solliciteren',
      coachId: ALICE,
      coachName: 'Alice de Vries',
      createdAt: '2026-03-01T10:00:00Z',
      updatedAt: '2026-03-01T10:00:00Z',
      deleted: false,
      history: [
        { at: '2026-03-01T10:00:00Z', by: ALICE, byName: 'Alice de Vries', action: 'created', changes: {} },
      ],
    };
    await updates.create(update);
    await scheduler.setPause({ coachId: ALICE, until: '2026-04-01', setAt: '2026-03-01T10:00:00Z' });
    await matching.saveProfile({
      id: ALICE,
      name: 'Alice de Vries',
      school: 'Albeda',
      region: 'Rijnmond',
      schoolType: 'mbo',
      themes: [],
      phase: 2,
      asLeermeester: false,
      asGezel: true,
      capacity: 1,
      available: true,
      paused: false,
      updatedAt: '2026-03-01T10:00:00Z',
    });
    const shown = replyText(await bot.send(alice, 'mijn gegevens'));
    assert.match(shown, /Je legde 1 updates vast voor 1 scholen/);
    assert.match(shown, /herinneringen staan op pauze tot 2026-04-01/);
    assert.match(shown, /Je profiel: Albeda, regio Rijnmond/);

    const card = cardOf((await bot.send(alice, 'verwijder mijn gegevens'))[0]);
    assert.match(replyText(await bot.send(alice, submit(confirmData(card)))), /je gegevens zijn verwijderd/);
    const kept = await updates.get('albeda', 'u1');
    assert.equal(kept?.text, 'gastles over solliciteren', 'the update stays for the programme');
    assert.equal(kept?.coachId, 'verwijderd');
    assert.equal(kept?.coachName, '');
    assert.deepEqual(
      kept?.history.map((h) => [h.by, h.byName]),
      [['verwijderd', '']],
    );
    assert.equal(await scheduler.getPause(ALICE), undefined);
    assert.equal(await matching.getProfile(ALICE), undefined);
  });
});
