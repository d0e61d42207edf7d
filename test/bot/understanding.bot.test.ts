import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { CONTAINERS, type ContainerName } from '../../src/storage/containers';
import { actionsOf, giveRole, seedRound, seedSchools } from '../helpers/aanmelding-bot';
import {
  ALICE,
  BEHEERDER,
  cardOf,
  createTestBot,
  replyText,
  type TestBot,
  type TestUser,
} from '../helpers/bot';

const MEDEWERKER = { aadObjectId: 'd0000000-0000-4000-8000-000000000011', name: 'Mila Medewerker' };
const COACH = { aadObjectId: ALICE, name: 'Alice de Vries' };
const LEIDER = { aadObjectId: 'd0000000-0000-4000-8000-000000000012', name: 'Sam Schoolleider' };
const BEHEER = { aadObjectId: BEHEERDER, name: 'Bea Beheer' };
const en = (u: TestUser): TestUser => ({ ...u, locale: 'en-US' });

/** Documents per container, the bot's own conversation state left out. */
async function storedCounts(bot: TestBot): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of Object.keys(CONTAINERS) as ContainerName[]) {
    if (name === 'botstate') continue;
    const { resources } = await bot.db.containers[name].items.readAll().fetchAll();
    out[name] = resources.length;
  }
  return out;
}

/** The FAQ's review queue of unanswered questions. */
async function faqQueue(bot: TestBot): Promise<unknown[]> {
  const { resources } = await bot.db.containers.faq.items
    .query<Record<string, unknown>>({
      query: 'SELECT * FROM c WHERE c.pk = @pk',
      parameters: [{ name: '@pk', value: 'review' }],
    })
    .fetchAll();
  return resources;
}

const seen = (replies: Partial<Activity>[]): string => replyText(replies).trim();

describe('understanding: plain sentences reach the jobs', () => {
  let bot: TestBot;
  before(async () => {
    bot = await createTestBot({ now: '2026-03-11T10:00:00+01:00' });
    await seedSchools(bot);
    await seedRound(bot);
    await giveRole(bot, LEIDER, 'schoolleider');
    await bot.deps.users.save({
      id: ALICE,
      name: COACH.name,
      roles: ['coach'],
      schoolIds: ['albeda'],
      updatedAt: '2026-01-01T00:00:00Z',
      updatedBy: 'test',
    });
  });
  after(async () => {
    await bot.close();
  });

  // [plain sentence, the command it means, who types it]
  const jobs: [string, string, TestUser][] = [
    ['ik wil mijn school aanmelden', 'aanmelden', MEDEWERKER],
    ['I want to apply for our school', 'apply', en(MEDEWERKER)],
    ['what is the status of my application', 'status', en(MEDEWERKER)],
    ['ik wil een update doorgeven', 'nieuwe update', COACH],
    ['i want to log an update', 'new update', en(COACH)],
    ['laat mijn updates zien', 'mijn updates', COACH],
    ['show my updates', 'my updates', en(COACH)],
    ['geef me een overzicht van mijn scholen', 'overzicht', COACH],
    ['give me an overview of my schools', 'overview', en(COACH)],
    ['ik zoek een mentor', 'zoek een leermeester', LEIDER],
    ['i am looking for a mentor', 'find a mentor', en(LEIDER)],
    ['ik wil mijn profiel invullen', 'mijn profiel', LEIDER],
    ['edit my profile', 'my profile', en(LEIDER)],
    ['wat kan je allemaal?', 'help', MEDEWERKER],
    ['what can you do?', 'help', en(MEDEWERKER)],
    ['welke gegevens heb je van mij', 'mijn gegevens', MEDEWERKER],
    ['what data do you have about me', 'my data', en(MEDEWERKER)],
    ['ik ben er niet tot 1 april', 'pauze tot 1 april', COACH],
    ['vakantie tot 1 april', 'pauze tot 1 april', COACH],
    ['i am on holiday until 1 april', 'pause until 1 april', en(COACH)],
  ];
  for (const [sentence, command, user] of jobs) {
    it(`When ${user.name} (${user.locale ?? 'nl'}) types "${sentence}", then the same job starts as with "${command}"`, async () => {
      const viaCommand = seen(await bot.send(user, command));
      const viaSentence = seen(await bot.send(user, sentence));
      assert.ok(viaCommand.length > 0);
      assert.equal(viaSentence, viaCommand);
      assert.doesNotMatch(viaSentence, /Dat weet ik niet|I don't know that|Bedoelde je|Did you mean/);
    });
  }

  it('When a medewerker asks for a job that needs a role, then they hear which role and that a beheerder gives it', async () => {
    const mentor = seen(await bot.send(MEDEWERKER, 'ik zoek een mentor'));
    assert.match(mentor, /\*\*schoolleider\*\*/);
    assert.match(mentor, /beheerder/);
    const update = seen(await bot.send(MEDEWERKER, 'ik wil een update doorgeven'));
    assert.match(update, /\*\*coach\*\*/);
    assert.match(update, /beheerder/);
    assert.doesNotMatch(update, /Dat weet ik niet/);
    assert.match(seen(await bot.send(en(MEDEWERKER), 'i am looking for a mentor')), /beheerder/);
  });

  it('When a beheerder who is not a coach types a logbook sentence, then they hear only coaches log updates and nothing is queued', async () => {
    const before = await storedCounts(bot);
    const reply = seen(await bot.send(BEHEER, 'gisteren 24 studenten op bedrijfsbezoek bij Albeda'));
    assert.match(reply, /\*\*coach\*\*/);
    assert.match(reply, /beheerder/);
    assert.deepEqual(await faqQueue(bot), []);
    assert.deepEqual(await storedCounts(bot), before);
  });

  it('When a coach types the same logbook sentence, then it still becomes an update form filled in from the text', async () => {
    const replies = await bot.send(COACH, 'gisteren 24 studenten op bedrijfsbezoek bij Albeda');
    assert.ok(cardOf(replies[0]), 'a form card');
    assert.match(seen(replies), /Albeda/);
    assert.doesNotMatch(seen(replies), /alleen|rol/);
  });

  it('When someone greets or thanks in their own words, then a short friendly reply comes and nothing is stored', async () => {
    const before = await storedCounts(bot);
    assert.match(seen(await bot.send(MEDEWERKER, 'super, dankjewel voor je hulp')), /Graag gedaan/);
    assert.match(seen(await bot.send(MEDEWERKER, 'goeiemiddag allemaal')), /Hoi!/);
    assert.match(seen(await bot.send(en(MEDEWERKER), 'thanks a lot')), /welcome/);
    assert.deepEqual(await storedCounts(bot), before);
    assert.deepEqual(await faqQueue(bot), []);
  });

  it('When the meaning is unclear between jobs, then a small card asks, and its button starts the job', async () => {
    const replies = await bot.send(MEDEWERKER, 'hoe staat het met mijn aanmelding');
    const card = cardOf(replies[0]);
    assert.ok(card, 'a card');
    assert.match(seen(replies), /Wat wil je doen\?|Bedoel je/);
    const status = actionsOf(card).find((a) => /aanmelding/i.test(a.title));
    assert.ok(status, 'a button for the application status');
    assert.equal(
      seen(await bot.send(MEDEWERKER, { type: 'message', value: status.data })),
      seen(await bot.send(MEDEWERKER, 'status')),
    );
  });

  it('When the button data is tampered with, then nothing runs and the person hears the button is no longer valid', async () => {
    for (const command of ['verwijder alles', 'x'.repeat(5000)]) {
      const reply = seen(
        await bot.send(MEDEWERKER, { type: 'message', value: { pick: 'understanding.run', command } }),
      );
      assert.match(reply, /kaart die niet meer geldig is/);
    }
  });

  it('When a question only mentions a job, then the FAQ still answers it', async () => {
    assert.match(seen(await bot.send(MEDEWERKER, 'tot wanneer kan ik me aanmelden?')), /14 mei/);
  });

  const commands: [string, TestUser, RegExp][] = [
    ['aanmelden', MEDEWERKER, /aanmeld/i],
    ['overzicht Albeda', COACH, /Albeda/],
    ['pauzeer tot 2 april', COACH, /2 apr/],
    ['mijn gegevens', MEDEWERKER, /bewaar/i],
  ];
  for (const [command, user, expected] of commands) {
    it(`When the command "${command}" is typed, then its own route still answers it`, async () => {
      assert.match(seen(await bot.send(user, command)), expected);
    });
  }
});
