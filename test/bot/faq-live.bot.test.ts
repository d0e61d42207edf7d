import assert from 'node:assert/strict';
import type { Round } from '../../src/domain/round';
import { seedRound } from '../helpers/aanmelding-bot';
import { ROUND } from '../helpers/aanmelding-fixtures';
import { ALICE, createTestBot, replyText, type TestBot } from '../helpers/bot';

const alice = { aadObjectId: ALICE, name: 'Alice de Vries' };
const aliceEn = { ...alice, locale: 'en-US' };

const ROUND_2027: Round = {
  ...ROUND,
  id: 'begeleidingstraject-2027',
  name: 'Begeleidingstraject 2027',
  opensAt: '2027-02-01T08:00:00.000Z',
  closesAt: '2027-05-14T21:59:00.000Z',
  decisionDate: '2027-05-28',
  places: 10,
  budget: { perSchoolYear: 30_000, ownContributionMin: 20_000 },
  referencePrefix: 'GKDI27',
};

describe('FAQ answers from the round data', () => {
  let bot: TestBot;
  afterEach(() => bot.close());

  it('When a 2027 round is open, then the deadline question gives its 2027 date and says the 2021 date is history', async () => {
    bot = await createTestBot({ now: '2027-03-01T10:00:00+01:00' });
    await seedRound(bot, ROUND_2027);
    for (const q of ['tot wanneer kan ik me aanmelden?', 'Wat is de deadline om je aan te melden?']) {
      const text = replyText(await bot.send(alice, q));
      assert.match(text, /Aanmelden voor Begeleidingstraject 2027 kan tot en met 14 mei 2027, 23:59/, q);
      assert.match(text, /Uiterlijk 28 mei 2027 hoor je/, q);
      assert.match(text, /Dat gold voor de ronde van 2021: die is voorbij/, q);
      assert.doesNotMatch(text, /Bedoelde je/, q);
    }
  });

  it('When no round exists, then the deadline question says the 2021 date is history and no round is open', async () => {
    bot = await createTestBot({ now: '2027-03-01T10:00:00+01:00' });
    const text = replyText(await bot.send(alice, 'tot wanneer kan ik me aanmelden?'));
    assert.match(
      text,
      /14 mei 2021\. Dat gold voor de ronde van 2021: die is voorbij\. Er is nu geen ronde open\./,
    );
  });

  it('When the only round has closed, then the deadline question says no round is open (not the old date as current)', async () => {
    bot = await createTestBot({ now: '2027-09-01T10:00:00+02:00' });
    await seedRound(bot, ROUND_2027);
    const text = replyText(await bot.send(alice, 'wat is de deadline om je aan te melden'));
    assert.match(text, /Er is nu geen ronde open/);
    assert.doesNotMatch(text, /kan tot en met/);
  });

  it('When a round opens later, then the deadline question says when it opens and closes', async () => {
    bot = await createTestBot({ now: '2027-01-10T10:00:00+01:00' });
    await seedRound(bot, ROUND_2027);
    const text = replyText(await bot.send(alice, 'tot wanneer kan ik me aanmelden?'));
    assert.match(text, /De volgende ronde, Begeleidingstraject 2027, gaat open op 1 februari 2027, 09:00/);
    assert.match(text, /tot en met 14 mei 2027, 23:59/);
  });

  it('When a round is open, then the decision date, places and budget come from that round', async () => {
    bot = await createTestBot({ now: '2027-03-01T10:00:00+01:00' });
    await seedRound(bot, ROUND_2027);
    assert.match(
      replyText(await bot.send(alice, 'wanneer hoor ik of we geselecteerd zijn?')),
      /Uiterlijk 28 mei 2027 hoor je of je school mee mag doen/,
    );
    assert.match(
      replyText(await bot.send(alice, 'hoeveel scholen doen mee aan het begeleidingstraject?')),
      /In Begeleidingstraject 2027 is plek voor 10 scholen/,
    );
    const budget = replyText(
      await bot.send(alice, 'hoeveel geld krijgt een school in het begeleidingstraject?'),
    );
    assert.match(budget, /€\s?30\.000 werkbudget per schooljaar/);
    assert.match(budget, /minstens €\s?20\.000/);
  });

  it('When the Teams locale is English and a round is open, then the English answer has that round date', async () => {
    bot = await createTestBot({ now: '2027-03-01T10:00:00+01:00' });
    await seedRound(bot, ROUND_2027);
    const text = replyText(await bot.send(aliceEn, 'until when can I apply with my school?'));
    assert.match(text, /You can apply for Begeleidingstraject 2027 until 14 May 2027, 23:59/);
    assert.match(text, /That was the 2021 round, which is over/);
  });
});
