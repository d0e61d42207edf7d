import assert from 'node:assert/strict';
import type { Feature } from '../../src/bot/feature';
import { FaqRepository } from '../../src/features/faq/faq-repository';
import { ALICE, BEHEERDER, cardOf, createTestBot, replyText, type TestBot } from '../helpers/bot';

const alice = { aadObjectId: ALICE, name: 'Alice de Vries' };
const aliceEn = { ...alice, locale: 'en-US' };
const beheerder = { aadObjectId: BEHEERDER, name: 'Bea Beheer' };
const submit = (value: Record<string, unknown>) => ({ type: 'message', value });

/** Submit data of the card actions in a reply, by button title. */
function actionData(reply: Parameters<typeof cardOf>[0], title: string | RegExp): Record<string, unknown> {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (
        /^Action\.(Submit|Execute)$/.test(String(n.type)) &&
        typeof n.title === 'string' &&
        n.title.match(title)
      )
        found.push(n.data as Record<string, unknown>);
      Object.values(n).forEach(walk);
    }
  };
  walk(cardOf(reply));
  assert.ok(found[0], `no button "${String(title)}" in the card`);
  return found[0];
}

/** A feature of another job that keeps a draft in conversation state (like an application card would). */
const draftKeeper: Feature = {
  name: 'draft-keeper',
  register(app, { handle }) {
    app.message(
      /^\s*begin concept\s*$/i,
      handle(async (kit, state) => {
        state.conversation.aanmelding = { draftId: 'd-1', step: 3, answers: { vraagstuk: 'stage' } };
        await kit.say('concept gestart');
      }),
    );
    app.message(
      /^\s*toon concept\s*$/i,
      handle(async (kit, state) => {
        await kit.say(`concept: ${JSON.stringify(state.conversation.aanmelding ?? null)}`);
      }),
    );
  },
};

describe('FAQ in a conversation', () => {
  let bot: TestBot;
  let repo: FaqRepository;
  beforeEach(async () => {
    bot = await createTestBot({ features: [draftKeeper] });
    repo = new FaqRepository(bot.db.containers.faq);
  });
  afterEach(() => bot.close());

  it('When a clear question is asked, then the answer card shows the answer, its source, follow-ups and 👍/👎', async () => {
    const replies = await bot.send(alice, 'wanneer hoor ik of we geselecteerd zijn?');
    const text = replyText(replies);
    assert.match(text, /Uiterlijk 28 mei 2021/);
    assert.match(text, /Bron: Notitie 'Begeleidingstraject/);
    assert.match(text, /Meer weten\?[\s\S]*Wat gebeurt er als mijn school is geselecteerd\?/);
    assert.match(text, /👍 Ja[\s\S]*👎 Nee/);
  });

  it('When a follow-up button is pressed, then that answer comes', async () => {
    const first = await bot.send(alice, 'wanneer hoor ik of we geselecteerd zijn?');
    const data = actionData(first[0], /niet wordt geselecteerd/);
    assert.match(
      replyText(await bot.send(alice, submit(data))),
      /neemt het kennispunt GKDI contact met je op/,
    );
  });

  it('When a question fits two programmes, then "Bedoelde je…?" offers both, and a choice gives its answer', async () => {
    const replies = await bot.send(alice, 'hoeveel scholen');
    const text = replyText(replies);
    assert.match(text, /Bedoelde je…\?/);
    assert.match(text, /Hoeveel scholen ondersteunt de OnderwijsAlliantie\?/);
    assert.match(text, /Hoeveel scholen doen mee aan het begeleidingstraject GKDI\?/);
    assert.match(text, /Geen van deze/);
    const data = actionData(replies[0], /OnderwijsAlliantie/);
    assert.match(replyText(await bot.send(alice, submit(data))), /ondersteunt 50 scholen/);
  });

  it('When "geen van deze" is pressed, then the user hears it was passed on and it is in the review queue', async () => {
    const replies = await bot.send(alice, 'hoeveel scholen');
    const text = replyText(await bot.send(alice, submit(actionData(replies[0], 'Geen van deze'))));
    assert.match(text, /doorgegeven aan het kennispunt/);
    const open = await repo.listOpenReviews();
    assert.equal(open.length, 1);
    assert.equal(open[0]?.questions[0]?.reason, 'none-of-these');
    assert.equal(open[0]?.questions[0]?.text, 'hoeveel scholen');
  });

  it('When a question is out of scope, then the bot says it does not know, what to do next, and logs it', async () => {
    const text = replyText(await bot.send(alice, 'hoe laat gaat de kantine open'));
    assert.match(text, /Dat weet ik niet/);
    assert.match(text, /andere woorden/);
    assert.match(text, /kennispunt/);
    const open = await repo.listOpenReviews();
    assert.deepEqual(
      open.map((o) => [o.questions[0]?.text, o.questions[0]?.reason]),
      [['hoe laat gaat de kantine open', 'unanswered']],
    );
  });

  it('When similar unanswered questions come in, then the beheerder sees them as one entry, and one dismiss takes them all off', async () => {
    for (const question of [
      'wat is het wachtwoord van de wifi',
      'hoe laat gaat de kantine open',
      'Hoe laat gaat de kantine open?',
      'hoe laat gaat de kantine vandaag open',
    ]) {
      await bot.send(alice, question);
      bot.clock.now = new Date(bot.clock.now.getTime() + 60_000);
    }
    const queue = await bot.send(beheerder, 'faq beheer');
    const text = replyText(queue);
    assert.match(text, /2 open\./);
    assert.match(
      text,
      /“hoe laat gaat de kantine vandaag open”[\s\S]*3× gevraagd[\s\S]*Ook gevraagd: “Hoe laat gaat de kantine open\?” · “hoe laat gaat de kantine open”/,
    );
    const dismissed = await bot.send(beheerder, submit(actionData(queue[0], 'Negeren')));
    assert.match(replyText(dismissed), /De vraag en de vragen die erop lijken zijn van de lijst gehaald/);
    assert.match(replyText(dismissed), /1 open\.[\s\S]*wachtwoord van de wifi/);
    assert.deepEqual(
      (await repo.listOpenReviews()).map((o) => o.questions[0]?.text),
      ['wat is het wachtwoord van de wifi'],
    );
  });

  it('When 👍 is pressed, then the user is thanked and nothing lands in the review queue', async () => {
    const first = await bot.send(alice, 'wat is de deadline voor de aanmelding bij gkdi');
    assert.match(
      replyText(await bot.send(alice, submit(actionData(first[0], '👍 Ja')))),
      /Fijn dat het hielp/,
    );
    assert.equal((await repo.listOpenReviews()).length, 0);
  });

  it('When 👎 is pressed, then the question shows up in the beheerder’s review queue with the answer it got', async () => {
    const first = await bot.send(alice, 'hoeveel geld krijgen we');
    assert.match(replyText(first), /€ 25\.000 werkbudget/);
    const thanks = replyText(await bot.send(alice, submit(actionData(first[0], '👎 Nee'))));
    assert.match(thanks, /op de lijst voor het kennispunt/);
    const queue = replyText(await bot.send(beheerder, 'faq beheer'));
    assert.match(queue, /Vragen zonder goed antwoord/);
    assert.match(queue, /“hoeveel geld krijgen we”/);
    assert.match(queue, /👎 op het antwoord: Hoeveel geld krijgt een school in het begeleidingstraject\?/);
  });

  it('When a beheerder links a queued question to an entry, then the next time it gets that answer, and it is audited', async () => {
    const question = 'hoe laat gaat de kantine open';
    assert.match(replyText(await bot.send(alice, question)), /Dat weet ik niet/);
    const [item] = await repo.listOpenReviews();
    assert.ok(item);
    const linked = await bot.send(
      beheerder,
      submit({ verb: 'faq.review.link', reviewId: item.id, [`entry_${item.id}`]: 'kw-contact-kennispunt' }),
    );
    assert.match(replyText(linked), /Gekoppeld aan “Hoe neem ik contact op met het kennispunt\?”/);
    assert.match(replyText(await bot.send(alice, question)), /Stel je vraag hier/);
    const audit = await repo.listAudit();
    assert.equal(audit[0]?.action, 'entry.alternate-added');
    assert.equal(audit[0]?.by, BEHEERDER);
    assert.equal((await repo.getEntry('kw-contact-kennispunt'))?.edited, true);
    // Pressing the button again changes nothing and says so.
    const again = await bot.send(
      beheerder,
      submit({ verb: 'faq.review.link', reviewId: item.id, [`entry_${item.id}`]: 'gkdi-werkbudget' }),
    );
    assert.match(replyText(again), /al afgehandeld/);
    assert.equal((await repo.listAudit()).length, 1);
  });

  it('When a beheerder writes a new answer from the queue, then it is used at once; a bad form comes back filled in', async () => {
    await bot.send(alice, 'wat is het wachtwoord van de wifi');
    const [item] = await repo.listOpenReviews();
    assert.ok(item);
    const form = replyText(await bot.send(beheerder, submit({ verb: 'faq.review.new', reviewId: item.id })));
    assert.match(form, /Nieuw antwoord schrijven/);
    const bad = await bot.send(
      beheerder,
      submit({
        verb: 'faq.review.create',
        reviewId: item.id,
        question: 'wifi?',
        answer: '',
        programme: 'gkdi',
      }),
    );
    const badText = replyText(bad);
    assert.match(badText, /Schrijf een kort antwoord/);
    assert.match(badText, /wifi\?/, 'what was typed is kept');
    const saved = await bot.send(
      beheerder,
      submit({
        verb: 'faq.review.create',
        reviewId: item.id,
        question: 'Wat is het wachtwoord van de wifi?',
        alternates: 'wifi code\nwachtwoord draadloos netwerk',
        answer: 'Dat staat op de kaart bij de receptie van je school.',
        detail: '',
        programme: 'kansenwijzer',
        sourceDoc: 'kansenwijzer',
        section: 'Praktisch',
      }),
    );
    assert.match(replyText(saved), /Opgeslagen: “Wat is het wachtwoord van de wifi\?”/);
    assert.match(replyText(await bot.send(alice, 'wachtwoord van de wifi')), /kaart bij de receptie/);
    assert.equal((await repo.listAudit())[0]?.action, 'entry.created');
  });

  it('When a beheerder dismisses a queued question, then it leaves the queue', async () => {
    await bot.send(alice, 'wat is de hoofdstad van frankrijk');
    const [item] = await repo.listOpenReviews();
    assert.ok(item);
    assert.match(
      replyText(await bot.send(beheerder, submit({ verb: 'faq.review.dismiss', reviewId: item.id }))),
      /van de lijst gehaald[\s\S]*Er staan geen vragen open/,
    );
    assert.equal((await repo.listOpenReviews()).length, 0);
  });

  it('When a medewerker opens or forges review actions, then it is refused and nothing changes', async () => {
    await bot.send(alice, 'hoe laat gaat de kantine open');
    const [item] = await repo.listOpenReviews();
    assert.ok(item);
    assert.match(
      replyText(await bot.send(alice, 'faq beheer')),
      /alleen iemand met de rol \*\*beheerder\*\*/,
    );
    const forged = await bot.send(
      alice,
      submit({ verb: 'faq.review.link', reviewId: item.id, [`entry_${item.id}`]: 'gkdi-werkbudget' }),
    );
    assert.match(replyText(forged), /alleen iemand met de rol/);
    assert.equal((await repo.listOpenReviews()).length, 1);
    assert.equal((await repo.getEntry('gkdi-werkbudget'))?.edited, false);
  });

  it('When card data is tampered with, then the user gets a clear message and nothing is stored', async () => {
    assert.match(
      replyText(await bot.send(alice, submit({ verb: 'faq.ask', entryId: '../etc' }))),
      /bestaat niet meer/,
    );
    assert.match(
      replyText(
        await bot.send(alice, submit({ verb: 'faq.feedback', entryId: 'gkdi-werkbudget', value: 'boo' })),
      ),
      /knop werkt niet meer/,
    );
    assert.match(
      replyText(
        await bot.send(beheerder, submit({ verb: 'faq.review.link', reviewId: 'nope', entry_nope: 'x' })),
      ),
      /staat niet meer in de lijst/,
    );
    assert.equal((await repo.listOpenReviews()).length, 0);
  });

  it('When a question is asked halfway through another feature’s draft, then the draft is still there', async () => {
    await bot.send(alice, 'begin concept');
    assert.match(replyText(await bot.send(alice, 'wat moet ik invullen in het formulier?')), /vraagstuk/);
    assert.match(replyText(await bot.send(alice, 'hoe laat gaat de kantine open')), /Dat weet ik niet/);
    assert.match(replyText(await bot.send(alice, 'toon concept')), /"draftId":"d-1","step":3/);
  });

  it('When the message is bad input, then the reply is sensible and never an error', async () => {
    const cases: [string, RegExp][] = [
      ['x'.repeat(10_000), /erg lang \(10000 tekens\)/],
      ['🙂🎉👍', /geen woorden/],
      ['<script>alert("hoi")</script>', /Dat weet ik niet|Bedoelde je/],
      ['<b></b>', /geen woorden/],
      ['Wo ist der Bahnhof, bitte?', /Dat weet ik niet/],
      ['?', /Wat kan Kansenwijzer/],
    ];
    for (const [input, expected] of cases) {
      const text = replyText(await bot.send(alice, input));
      assert.match(text, expected, `for ${input.slice(0, 40)}`);
      assert.doesNotMatch(text, /Sorry, er ging iets mis/);
    }
    assert.match(replyText(await bot.send(alice, { type: 'message', text: '' })), /geen tekst/);
  });

  it('When someone greets, thanks or asks who the bot is, then it answers in kind', async () => {
    assert.match(replyText(await bot.send(alice, 'Hoi!')), /Stel gerust je vraag/);
    assert.match(replyText(await bot.send(alice, 'dank je wel')), /Graag gedaan/);
    assert.match(replyText(await bot.send(alice, 'wie ben jij?')), /Ik ben Kansenwijzer, een bot/);
  });

  it('When the Teams locale is English, then the question is answered in English with an English source', async () => {
    const text = replyText(await bot.send(aliceEn, 'when do we hear if our school is selected?'));
    assert.match(text, /by 28 May 2021 at the latest/);
    assert.match(text, /Source: Note 'Support track/);
    assert.match(replyText(await bot.send(aliceEn, 'what is the capital of France')), /I don't know that/);
  });

  it('When other features’ commands are typed, then the FAQ leaves them alone', async () => {
    assert.match(replyText(await bot.send(alice, 'hulp')), /Wat kan Kansenwijzer\?/);
    assert.match(replyText(await bot.send(alice, 'aanmelden')), /Aanmelden voor een traject/);
  });
});
