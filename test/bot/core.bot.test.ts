import assert from 'node:assert/strict';
import type { Feature } from '../../src/bot/feature';
import { ALICE, cardOf, createTestBot, replyText, type TestBot } from '../helpers/bot';

const alice = { aadObjectId: ALICE, name: 'Alice de Vries' };
const aliceEn = { ...alice, locale: 'en-US' };

/** A feature that fails on purpose, to see what the user gets. */
const failing: Feature = {
  name: 'failing',
  register(app, { handle }) {
    app.message(
      /^kapot$/,
      handle(() => Promise.reject(new Error('SECRET internal detail at line 42'))),
    );
  },
};

/** A feature that counts in conversation state, slowly, to provoke overlapping turns. */
const counting: Feature = {
  name: 'counting',
  register(app, { handle }) {
    app.message(
      /^tel$/,
      handle(async (kit, state) => {
        const n = typeof state.conversation.count === 'number' ? state.conversation.count : 0;
        await new Promise((r) => setTimeout(r, 15));
        state.conversation.count = n + 1;
        await kit.say(`teller ${n + 1}`);
      }),
    );
  },
};

describe('core conversation', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot({ features: [failing, counting] });
  });
  afterEach(() => bot.close());

  it('When a user types "hulp", then a help card lists the four jobs with examples, all available', async () => {
    const replies = await bot.send(alice, 'hulp');
    assert.equal(replies.length, 1);
    const text = replyText(replies);
    assert.match(text, /Wat kan Kansenwijzer\?/);
    for (const job of [
      'Aanmelden voor een traject',
      'Interventielogboek',
      'Leermeester zoeken',
      'Vragen over de programma’s',
    ]) {
      assert.ok(text.includes(job), job);
    }
    assert.doesNotMatch(text, /binnenkort/);
    assert.match(text, /zoek een leermeester/);
  });

  it('When "Help" is typed with capitals, a mention or punctuation, then it is still help', async () => {
    for (const input of ['Help', '  HULP!', 'help?', '<at>Kansenwijzer</at> hulp']) {
      const replies = await bot.send(alice, {
        type: 'message',
        text: input,
        entities: input.startsWith('<at>')
          ? [
              {
                type: 'mention',
                text: '<at>Kansenwijzer</at>',
                mentioned: { id: '28:kansenwijzer', name: 'Kansenwijzer' },
              },
            ]
          : undefined,
      });
      assert.ok(cardOf(replies[0]), `no card for "${input}"`);
    }
  });

  it('When the Teams locale is English, then help comes in English', async () => {
    const text = replyText(await bot.send(aliceEn, 'help'));
    assert.match(text, /What can Kansenwijzer do\?/);
    assert.doesNotMatch(text, /coming soon/);
  });

  it('When the user writes something the bot does not understand, then it says honestly that it does not know', async () => {
    // Free text goes to the FAQ, which admits what it does not know rather than guess.
    assert.match(replyText(await bot.send(alice, 'xyzzy plugh')), /Dat weet ik niet/);
    assert.match(replyText(await bot.send(aliceEn, 'xyzzy plugh')), /I don't know that/);
  });

  it('When a message has no text, then the bot asks for text instead of staying silent', async () => {
    assert.match(replyText(await bot.send(alice, { type: 'message', text: '   ' })), /geen tekst/);
  });

  it('When a card button of an unknown kind is pressed, then the user hears the card is no longer valid', async () => {
    const replies = await bot.send(alice, { type: 'message', value: { verb: 'bestaat.niet', x: 1 } });
    assert.match(replyText(replies), /kaart die niet meer geldig is/);
  });

  it('When the bot is installed in a personal chat, then the user gets one welcome card with their name', async () => {
    const replies = await bot.send(alice, {
      type: 'conversationUpdate',
      membersAdded: [
        { id: '29:user', name: 'Alice de Vries' },
        { id: '28:kansenwijzer', name: 'Kansenwijzer' },
      ],
    });
    assert.equal(replies.length, 1);
    assert.match(replyText(replies), /Welkom bij Kansenwijzer[\s\S]*Hoi Alice!/);
  });

  it('When the bot is added to a team, then the team is greeted once and told to mention it', async () => {
    const replies = await bot.send(alice, {
      type: 'conversationUpdate',
      conversation: {
        id: '19:team@thread.tacv2',
        conversationType: 'channel',
        tenantId: '7a1c0de0-0000-4000-8000-000000000001',
        isGroup: true,
        name: 'Team',
      },
      membersAdded: [{ id: '28:kansenwijzer', name: 'Kansenwijzer' }],
    });
    assert.equal(replies.length, 1);
    assert.match(replyText(replies), /Hallo allemaal/);
    const another = await bot.send(alice, {
      type: 'conversationUpdate',
      conversation: {
        id: '19:team@thread.tacv2',
        conversationType: 'channel',
        tenantId: '7a1c0de0-0000-4000-8000-000000000001',
        isGroup: true,
        name: 'Team',
      },
      membersAdded: [{ id: '29:newcolleague', name: 'Bob' }],
    });
    assert.equal(another.length, 0, 'a new team member does not trigger a team-wide greeting');
  });

  it('When a handler fails, then the user gets a short apology in their language and never the error text', async () => {
    const nlText = replyText(await bot.send(alice, 'kapot'));
    assert.match(nlText, /Sorry, er ging iets mis/);
    assert.doesNotMatch(nlText, /SECRET|line 42|Error/);
    assert.match(replyText(await bot.send(aliceEn, 'kapot')), /Sorry, something went wrong/);
  });

  it('When an activity from a tenant that is not allowed arrives, then it is refused politely and nothing is stored', async () => {
    const replies = await bot.send({ ...alice, tenantId: '99999999-9999-4999-8999-999999999999' }, 'tel');
    assert.match(replyText(replies), /alleen beschikbaar voor de deelnemende organisaties/);
    const { resources } = await bot.db.containers.botstate.items.readAll().fetchAll();
    assert.equal(resources.length, 0);
  });

  it('When the same activity is delivered twice, then it takes effect once', async () => {
    const activity = { type: 'message', text: 'tel', id: 'dup-1' };
    assert.match(replyText(await bot.send(alice, activity)), /teller 1/);
    assert.equal((await bot.send(alice, activity)).length, 0);
    assert.match(replyText(await bot.send(alice, 'tel')), /teller 2/);
  });

  it('When five turns of one conversation arrive at the same moment, then none is lost and none shows an error', async () => {
    const replies = await Promise.all([1, 2, 3, 4, 5].map(() => bot.send(alice, 'tel')));
    const text = replies.map(replyText).join('\n');
    assert.doesNotMatch(text, /Sorry/);
    assert.match(replyText(await bot.send(alice, 'tel')), /teller 6/);
  });
});
