import assert from 'node:assert/strict';
import { createMatchingService } from '../../src/features/matching/matching.handlers';
import { CosmosMatchingRepository } from '../../src/features/matching/matching-repository';
import {
  BEHEERDER,
  cardOf,
  cardText,
  createTestBot,
  replyText,
  type TestBot,
  type TestUser,
} from '../helpers/bot';

const GEZEL = 'c0000000-0000-4000-8000-000000000011';
const LEERMEESTER = 'd0000000-0000-4000-8000-000000000012';
const OTHER = 'e0000000-0000-4000-8000-000000000013';
const gezel: TestUser = { aadObjectId: GEZEL, name: 'Gijs de Boer' };
const leermeester: TestUser = { aadObjectId: LEERMEESTER, name: 'Lotte Jansen' };
const other: TestUser = { aadObjectId: OTHER, name: 'Olaf Smit' };
const beheerder: TestUser = { aadObjectId: BEHEERDER, name: 'Bea Beheer' };
const submit = (value: Record<string, unknown>) => ({ type: 'message', value });

async function setup(bot: TestBot): Promise<void> {
  for (const [id, name, region] of [
    ['zadkine', 'Zadkine', 'Rijnmond'],
    ['albeda', 'Albeda', 'Rijnmond'],
    ['roc-twente', 'ROC van Twente', 'Twente'],
  ] as const) {
    await bot.deps.schools.save({ id, name, shortNames: [], region, updatedAt: 'x', updatedBy: 'x' });
  }
  for (const [id, name, school] of [
    [GEZEL, 'Gijs de Boer', 'zadkine'],
    [LEERMEESTER, 'Lotte Jansen', 'albeda'],
    [OTHER, 'Olaf Smit', 'roc-twente'],
  ] as const) {
    await bot.deps.users.save({
      id,
      name,
      roles: ['schoolleider'],
      schoolIds: [school],
      updatedAt: 'x',
      updatedBy: 'x',
    });
  }
}

const profile = (over: Record<string, unknown>) =>
  submit({
    verb: 'matching.profile.save',
    roles: 'gezel',
    school: 'zadkine',
    board: '',
    region: '',
    schoolType: 'mbo',
    themes: 'objectief-werven,omstander',
    phase: '2',
    capacity: '1',
    available: 'true',
    ...over,
  });

describe('matching: leermeester-gezel through the bot', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
    await setup(bot);
  });
  afterEach(() => bot.close());

  it('When a gezel asks for a leermeester and one accepts, then the makelaar approves and both get an introduction that says why', async () => {
    assert.match(replyText(await bot.send(gezel, profile({}))), /Je profiel is opgeslagen/);
    await bot.send(
      leermeester,
      profile({
        roles: 'leermeester',
        school: 'albeda',
        phase: '4',
        themes: 'objectief-werven',
        capacity: '1',
      }),
    );
    await bot.send(other, profile({ roles: 'leermeester', school: 'roc-twente', phase: '5', themes: '' }));

    const proposals = await bot.send(gezel, 'zoek een leermeester');
    const text = replyText(proposals);
    assert.match(text, /Lotte Jansen · Albeda[\s\S]*Past voor 75%/);
    assert.match(text, /Jullie werken allebei aan objectief werven en selecteren: \+25 punten/);
    assert.match(text, /Zelfde regio \(Rijnmond\)/);
    assert.match(text, /Twee fasen verder \(ontvouwen tegenover ontwerpen\)/);
    assert.ok(text.indexOf('Lotte') < text.indexOf('Olaf'), 'best first');

    assert.match(
      replyText(await bot.send(gezel, submit({ verb: 'matching.choose', leermeesterId: LEERMEESTER }))),
      /Je verzoek is naar Lotte Jansen gestuurd/,
    );
    const request = bot.notifier.to(LEERMEESTER).at(-1)!;
    assert.match(request.reason, /omdat Gijs de Boer jou koos als leermeester/);
    assert.match(cardText(request.card), /Wil je leermeester zijn\?[\s\S]*Waarom jullie passen/);
    const matchId = (request.card as any).actions[0].data.matchId as string;

    // A second request while one is open is refused.
    assert.match(
      replyText(await bot.send(gezel, 'zoek een leermeester')),
      /Je hebt al een open verzoek bij Lotte Jansen/,
    );

    assert.match(
      replyText(await bot.send(leermeester, submit({ verb: 'matching.accept', matchId }))),
      /Dank je! Je bent leermeester van Gijs de Boer\. De makelaar kijkt nog even mee/,
    );
    const approval = bot.notifier.to(BEHEERDER).at(-1)!;
    assert.match(approval.reason, /omdat je beheerder bent/);
    assert.match(
      replyText(await bot.send(gezel, submit({ verb: 'matching.approve', matchId }))),
      /rol \*\*beheerder\*\*/,
    );
    assert.match(
      replyText(await bot.send(beheerder, submit({ verb: 'matching.approve', matchId }))),
      /Goedgekeurd/,
    );
    const intro = bot.notifier.to(GEZEL).at(-1)!;
    assert.match(intro.reason, /omdat je match met Lotte Jansen rond is/);
    assert.match(cardText(intro.card), /Lotte Jansen is je leermeester[\s\S]*Eerste stap/);
    assert.match(cardText(bot.notifier.to(LEERMEESTER).at(-1)!.card), /Je bent leermeester van Gijs de Boer/);
    // Pressing approve again changes nothing.
    assert.match(
      replyText(await bot.send(beheerder, submit({ verb: 'matching.approve', matchId }))),
      /loopt al/,
    );
    assert.match(replyText(await bot.send(gezel, 'mijn profiel')), /Je leermeester is Lotte Jansen/);
  });

  it('When a leermeester declines with a reason, then the gezel hears it kindly with other options and the pair is not proposed again', async () => {
    await bot.send(gezel, profile({}));
    await bot.send(leermeester, profile({ roles: 'leermeester', school: 'albeda', phase: '4' }));
    await bot.send(other, profile({ roles: 'leermeester', school: 'roc-twente', phase: '5' }));
    await bot.send(gezel, submit({ verb: 'matching.choose', leermeesterId: LEERMEESTER }));
    const matchId = (bot.notifier.to(LEERMEESTER).at(-1)!.card as any).actions[0].data.matchId as string;
    await bot.send(
      leermeester,
      submit({ verb: 'matching.decline', matchId, reason: 'Geen tijd dit half jaar' }),
    );
    const msg = bot.notifier.to(GEZEL).at(-1)!;
    const text = cardText(msg.card);
    assert.match(text, /Lotte Jansen kan nu geen leermeester voor je zijn/);
    assert.match(text, /“Geen tijd dit half jaar”/);
    assert.match(text, /Olaf Smit/);
    assert.doesNotMatch(replyText(await bot.send(gezel, 'zoek een leermeester')), /Lotte/);
  });

  it('When the check-in time comes and the gezel says "nee", then the pair ends, is excluded, and the gezel gets priority', async () => {
    await bot.send(
      beheerder,
      submit({
        verb: 'matching.settings.save',
        theme: '50',
        region: '20',
        phase: '20',
        schoolType: '10',
        approvalRequired: 'false',
        checkInWeeks: '6',
      }),
    );
    await bot.send(gezel, profile({}));
    await bot.send(leermeester, profile({ roles: 'leermeester', school: 'albeda', phase: '4' }));
    await bot.send(gezel, submit({ verb: 'matching.choose', leermeesterId: LEERMEESTER }));
    const matchId = (bot.notifier.to(LEERMEESTER).at(-1)!.card as any).actions[0].data.matchId as string;
    assert.match(
      replyText(await bot.send(leermeester, submit({ verb: 'matching.accept', matchId }))),
      /Jullie krijgen allebei een kennismakingsbericht/,
    );
    const service = createMatchingService(bot.deps);
    bot.clock.now = new Date(bot.clock.now.getTime() + 5 * 7 * 24 * 3600 * 1000);
    assert.equal(await service.checkIns.runDue(), 0);
    bot.clock.now = new Date(bot.clock.now.getTime() + 8 * 24 * 3600 * 1000);
    assert.equal(await service.checkIns.runDue(), 1);
    assert.equal(await service.checkIns.runDue(), 0, 'asked once');
    const checkIn = bot.notifier.to(GEZEL).at(-1)!;
    assert.match(checkIn.reason, /nu 6 weken loopt/);
    assert.match(cardText(checkIn.card), /Is dit een goede match\?/);

    assert.match(
      replyText(await bot.send(gezel, submit({ verb: 'matching.checkin', matchId, answer: 'nee' }))),
      /De match is gestopt\. Je krijgt voorrang/,
    );
    assert.match(bot.notifier.to(LEERMEESTER).at(-1)!.text!, /De match met Gijs de Boer is gestopt/);
    const repo = new CosmosMatchingRepository(bot.deps.containers.matching);
    assert.equal((await repo.getProfile(GEZEL))?.priority, true);
    assert.deepEqual((await repo.seats(LEERMEESTER)).matchIds, []);
    assert.match(replyText(await bot.send(gezel, 'zoek een leermeester')), /geen leermeester die past/);
  });

  it('When profile input is bad or tampered, then the form comes back with Dutch messages and nothing is saved', async () => {
    const replies = await bot.send(
      gezel,
      profile({ roles: '', school: 'albeda', capacity: '99', themes: 'toveren', phase: '9' }),
    );
    const text = replyText(replies);
    assert.match(text, /Kies gezel, leermeester of allebei/);
    assert.match(text, /Die school hoort niet bij jou/);
    assert.match(text, /Kies thema’s uit de lijst/);
    assert.ok(cardOf(replies[0]), 'the form is sent back');
    const leer = await bot.send(
      leermeester,
      profile({ roles: 'leermeester', school: 'albeda', phase: '4', capacity: '0' }),
    );
    assert.match(replyText(leer), /Kies 1 tot en met 5 gezellen/);
    const repo = new CosmosMatchingRepository(bot.deps.containers.matching);
    assert.equal(await repo.getProfile(GEZEL), undefined);
    assert.equal(await repo.getProfile(LEERMEESTER), undefined);
    assert.match(
      replyText(await bot.send(gezel, submit({ verb: 'matching.accept', matchId: 'nope' }))),
      /Dit verzoek ken ik niet/,
    );
    assert.match(replyText(await bot.send(gezel, 'zoek een leermeester')), /nog geen profiel/);
  });

  it('When a beheerder runs "verdeel gezellen", removes a pair and publishes, then leermeesters get requests that follow the usual steps', async () => {
    await bot.send(gezel, profile({}));
    await bot.send(
      leermeester,
      profile({ roles: 'leermeester', school: 'albeda', phase: '4', capacity: '1' }),
    );
    await bot.send(
      other,
      profile({ roles: 'leermeester', school: 'roc-twente', phase: '5', themes: '', capacity: '1' }),
    );
    assert.match(replyText(await bot.send(gezel, 'verdeel gezellen')), /rol \*\*beheerder\*\*/);
    const first = cardOf((await bot.send(beheerder, 'verdeel gezellen'))[0])!;
    assert.match(cardText(first), /Gijs de Boer → Lotte Jansen/);
    const remove = (first.body as any[]).find((b) => b.type === 'Container').items.at(-1).actions[0].data;
    const second = cardOf((await bot.send(beheerder, submit(remove)))[0])!;
    assert.match(cardText(second), /Gijs de Boer → Olaf Smit/);
    // The old card is stale now.
    assert.match(replyText(await bot.send(beheerder, submit(remove))), /niet de nieuwste versie/);
    const publish = (second.actions as any[]).find((a) => a.data.verb === 'matching.round.publish').data;
    assert.match(replyText(await bot.send(beheerder, submit(publish))), /1 verzoeken zijn verstuurd/);
    assert.match(replyText(await bot.send(beheerder, submit(publish))), /al gepubliceerd/);
    const req = bot.notifier.to(OTHER).at(-1)!;
    assert.match(req.reason, /de makelaar jou voorstelt als leermeester van Gijs de Boer/);
    assert.match(bot.notifier.to(GEZEL).at(-1)!.text!, /De makelaar stelt Olaf Smit voor/);
  });
});
