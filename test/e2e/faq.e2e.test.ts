/**
 * The FAQ as a user meets it in the Agents Playground: a clear question, an ambiguous one resolved through
 * "Bedoelde je…?", an out-of-scope one (twice, in other words: one entry in the queue), a 👎 that shows up in the
 * beheerder's review queue, and a fix from the queue that changes the next answer. The playground user is a bootstrap beheerder here.
 * Screenshots: test-artifacts/faq-answer.png, faq-suggest.png, faq-unknown.png, faq-review-queue.png, faq-fixed.png.
 */
import assert from 'node:assert/strict';
import { PLAYGROUND_USER, useStack } from './helpers/playground';

describe('e2e: FAQ in the Agents Playground (nl-NL)', function () {
  this.timeout(90_000);
  const s = useStack('faq', { locale: 'nl-NL', env: { BOOTSTRAP_BEHEERDERS: PLAYGROUND_USER.aadObjectId } });

  it('answers a clear question with the answer, its source, follow-ups and 👍/👎', async () => {
    await s().send('wanneer hoor ik of we geselecteerd zijn?');
    const card = await s().waitForReply('Uiterlijk 28 mei 2021');
    assert.match(card, /Bron: Notitie/);
    assert.match(card, /Meer weten\?/);
    assert.match(card, /👍 Ja/);
    await s().screenshot('faq-answer', { lastBotMessage: true });
    s().assertHealthy();
  });

  it('asks "Bedoelde je…?" for an ambiguous question, and answers the choice', async () => {
    await s().send('hoeveel scholen');
    const card = await s().waitForReply('Bedoelde je');
    assert.match(card, /Geen van deze/);
    await s().screenshot('faq-suggest', { lastBotMessage: true });
    await s().clickButton('Hoeveel scholen ondersteunt de OnderwijsAlliantie?');
    await s().waitForReply('ondersteunt 50 scholen');
    s().assertHealthy();
  });

  it('says honestly that it does not know an out-of-scope question', async () => {
    await s().send('hoe laat gaat de kantine open');
    const reply = await s().waitForReply('Dat weet ik niet');
    assert.match(reply, /doorgegeven/);
    await s().screenshot('faq-unknown', { lastBotMessage: true });
    // Much the same question in other words: its own item, shown with the first in one queue entry.
    await s().send('Hoe laat gaat de kantine vandaag open?');
    await s().waitForReply('Dat weet ik niet');
    s().assertHealthy();
  });

  it('puts a 👎 in the review queue that the beheerder sees', async () => {
    await s().send('hoeveel geld krijgen we');
    await s().waitForReply('€ 25.000 werkbudget');
    await s().clickButton('👎 Nee');
    await s().waitForReply('op de lijst voor het kennispunt');
    await s().send('faq beheer');
    const queue = await s().waitForReply('Vragen zonder goed antwoord');
    assert.match(queue, /hoeveel geld krijgen we/);
    assert.match(queue, /👎 op het antwoord/);
    assert.match(queue, /Hoe laat gaat de kantine vandaag open\?”\s*2× gevraagd/);
    assert.match(queue, /Ook gevraagd: “hoe laat gaat de kantine open”/);
    assert.match(queue, /2 open\./);
    await s().screenshot('faq-review-queue', { lastBotMessage: true });
    s().assertHealthy();
  });

  it('changes the next answer after a fix from the queue', async () => {
    await s().send('faq beheer');
    await s().waitForReply('Vragen zonder goed antwoord');
    // The oldest entry (the two canteen questions) is the last in the card; linking it links both.
    await s().clickButton('Koppel aan antwoord');
    await s().fillByLabel(/Typ het id van het antwoord/, 'kw-contact-kennispunt');
    await s().clickButton('Koppelen');
    assert.match(await s().waitForReply('Gekoppeld aan'), /\(2 nieuwe formulering/);
    assert.doesNotMatch(await s().waitForReply('Vragen zonder goed antwoord'), /kantine/);
    await s().send('hoe laat gaat de kantine open');
    await s().waitForReply('Stel je vraag hier');
    await s().screenshot('faq-fixed', { lastBotMessage: true });
    s().assertHealthy();
  });
});
