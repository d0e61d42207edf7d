/**
 * Applying, as a person in Teams does it: the bot, the Agents Playground and a real browser. The applicant
 * fills every step in the cards, goes back to edit one from the review, submits, and reads the status. Then
 * forged and oversized card data is posted straight at the bot (as an attacker would) and nothing stored changes.
 * Screenshots: test-artifacts/aanmelding-*.png.
 */
import assert from 'node:assert/strict';
import type { Application } from '../../src/domain/application';
import { CosmosApplicationRepository } from '../../src/features/aanmelding/application-repository';
import { CosmosRoundRepository } from '../../src/features/aanmelding/round-repository';
import { CosmosSchoolRepository } from '../../src/storage/school-repository';
import { CosmosUserRepository } from '../../src/storage/user-repository';
import { STEPS_TAKEN, VRAAGSTUK } from '../helpers/aanmelding-fixtures';
import { postActivity, teamsActivity } from '../helpers/activities';
import { PLAYGROUND_USER, useStack } from './helpers/playground';

const DAY = 24 * 3600 * 1000;
const ROUND_ID = 'e2e-ronde';
const MESSAGE = 'div:has(> [aria-label="Message header"])';

describe('e2e: aanmelding in the Agents Playground', function () {
  this.timeout(180_000);
  const s = useStack('aanmelding', { locale: 'nl-NL' }, async (stack) => {
    const now = Date.now();
    await new CosmosRoundRepository(stack.bot.cosmos.containers.applications).save({
      id: ROUND_ID,
      programme: 'Begeleidingstraject GKDI',
      name: 'Aanmelding begeleidingstraject (e2e)',
      description: 'Acht scholen krijgen advies, coaching en een werkbudget.',
      opensAt: new Date(now - DAY).toISOString(),
      closesAt: new Date(now + 30 * DAY).toISOString(),
      decisionDate: new Date(now + 45 * DAY).toISOString().slice(0, 10),
      timeZone: 'Europe/Amsterdam',
      places: 8,
      budget: { perSchoolYear: 25_000, ownContributionMin: 25_000 },
      criteria: [{ id: 'vraagstuk', title: 'Helder vraagstuk', description: '' }],
      referencePrefix: 'E2E',
      updatedAt: new Date(now).toISOString(),
      updatedBy: 'e2e',
    });
    const schools = new CosmosSchoolRepository(stack.bot.cosmos.containers.directory);
    for (const name of ['Albeda', 'Zadkine']) {
      await schools.save({ id: name.toLowerCase(), name, shortNames: [], updatedAt: 'x', updatedBy: 'e2e' });
    }
  });
  let submitted: Application | undefined;

  /**
   * Ticks a choice of an expanded multi-select. The playground labels those checkboxes with aria-labelledby
   * (the whole question plus the choice), which getByLabel does not match; the visible label does.
   */
  const check = async (choice: string): Promise<void> => {
    const label = s().page.locator(MESSAGE).last().locator('label', { hasText: choice }).first();
    await label.click();
    const box = s().page.locator(`#${await label.getAttribute('for')}`);
    assert.equal(await box.isChecked(), true, `${choice} is ticked`);
  };
  /** Picks an option of a compact choice set: the playground renders it as a Fluent dropdown, not a <select>. */
  const choose = async (label: string, option: string): Promise<void> => {
    await s().page.locator(MESSAGE).last().getByLabel(label).last().click();
    await s().page.getByRole('option', { name: option }).click();
  };
  const applications = () => new CosmosApplicationRepository(s().bot.cosmos.containers.applications);

  it('fills every step, goes back to edit one from the review, submits, and sees the status', async () => {
    const st = s();
    await st.send('aanmelden');
    await st.waitForReply('Aanmelding begeleidingstraject (e2e)');
    await st.screenshot('aanmelding-start', { lastBotMessage: true });

    await st.clickButton('Aanmelding starten');
    await st.waitForReply('Stap 1 van 6');
    await st.fillByLabel('Naam contactpersoon', 'Alex Wilber');
    await st.fillByLabel('Functie', 'Teamleider');
    await st.fillByLabel('E-mailadres', 'alex@albeda.nl');
    await st.fillByLabel('Telefoonnummer', '06 12345678');
    await st.fillByLabel('Locatie of locaties', 'Rotterdam Zuid');
    await st.screenshot('aanmelding-stap-1', { lastBotMessage: true });
    await st.clickButton('Opslaan en verder');

    await st.waitForReply('Stap 2 van 6');
    await st.fillByLabel('Het vraagstuk', VRAAGSTUK);
    await check('Objectief werven en selecteren');
    await st.screenshot('aanmelding-stap-2', { lastBotMessage: true });
    await st.clickButton('Opslaan en verder');

    await st.waitForReply('Stap 3 van 6');
    await st.fillByLabel('Stappen die jullie al zetten', STEPS_TAKEN);
    await st.clickButton('Opslaan en verder');

    await st.waitForReply('Stap 4 van 6');
    await check('Docenten');
    await check('Onderzoekers');
    await st.fillByLabel('Namen, als je die al weet', 'Sanne (docent)');
    await st.clickButton('Opslaan en verder');

    await st.waitForReply('Stap 5 van 6');
    await st.fillByLabel(/Wij leggen zelf minstens/, 'true');
    await st.screenshot('aanmelding-stap-5', { lastBotMessage: true });
    await st.clickButton('Opslaan en verder');

    await st.waitForReply('Stap 6 van 6');
    await st.fillByLabel('Wat wil je nog kwijt?', 'Graag starten na de herfstvakantie.');
    await st.clickButton('Opslaan en controleren');

    const review = await st.waitForReply('Controleer je aanmelding');
    assert.match(review, /Alex Wilber[\s\S]*stageplek[\s\S]*Docenten, Onderzoekers[\s\S]*Ja, bevestigd/);
    await st.screenshot('aanmelding-overzicht');

    // Edit step 2 from the review card: its second "Wijzigen" button.
    const reviewCard = st.page.locator(MESSAGE).last();
    await reviewCard.getByRole('button', { name: 'Wijzigen' }).nth(1).click();
    await st.waitForReply('Stap 2 van 6');
    await st.fillByLabel('Het vraagstuk', `${VRAAGSTUK} Ook de begeleiding tijdens de stage moet beter.`);
    await st.clickButton(/^Opslaan/);
    const again = await st.waitForReply('Controleer je aanmelding');
    assert.match(again, /begeleiding tijdens de stage moet beter/);

    await st.clickButton('Indienen');
    const done = await st.waitForReply('Je aanmelding is ingediend');
    assert.match(done, /E2E-[2-9A-Z]{6}/);
    await st.screenshot('aanmelding-ingediend', { lastBotMessage: true });

    await st.send('status');
    const status = await st.waitForReply('Je aanmeldingen');
    assert.match(status, /Albeda[\s\S]*Ingediend sinds[\s\S]*Referentie E2E-/);
    await st.screenshot('aanmelding-status', { lastBotMessage: true });

    submitted = await applications().get(ROUND_ID, 'albeda');
    assert.equal(submitted?.status, 'ingediend');
    assert.equal(submitted?.fields.contactName, 'Alex Wilber');
    assert.deepEqual(submitted?.fields.projectRoles, ['docenten', 'onderzoekers']);
    assert.match(submitted?.fields.vraagstuk ?? '', /moet beter\.$/);
    assert.ok(
      submitted?.revisions.some(
        (r) => r.step === 'vraagstuk' && r.changes.some((c) => c.field === 'vraagstuk' && c.before !== null),
      ),
    );
    st.assertHealthy();
  });

  it('refuses tampered and oversized card data posted at the bot, and nothing stored changes', async () => {
    const st = s();
    assert.ok(submitted, 'the first test submitted an application');
    const before = await applications().get(ROUND_ID, 'albeda');
    const user: { aadObjectId: string; name: string } = {
      aadObjectId: PLAYGROUND_USER.aadObjectId,
      name: PLAYGROUND_USER.name,
    };
    const intruder = { aadObjectId: '11111111-2222-4333-8444-555555555555', name: 'Iemand Anders' };
    const forged: [typeof user, Record<string, unknown>, RegExp][] = [
      [
        user,
        {
          verb: 'aanmelding.step.save',
          roundId: ROUND_ID,
          schoolId: 'albeda',
          step: 'vraagstuk',
          vraagstuk: 'x'.repeat(200_000),
        },
        /al ingediend/,
      ],
      [
        user,
        {
          verb: 'aanmelding.step.save',
          roundId: ROUND_ID,
          schoolId: 'albeda',
          step: 'status',
          status: 'geselecteerd',
        },
        /kan ik niet vinden/,
      ],
      [user, { verb: 'aanmelding.submit', roundId: ROUND_ID, schoolId: 'albeda', rev: 0 }, /al ingediend/],
      [
        user,
        { verb: 'aanmelding.discard', roundId: ROUND_ID, schoolId: 'albeda', rev: before?.rev },
        /al ingediend/,
      ],
      [
        user,
        {
          verb: 'beoordeling.decide.save',
          roundId: ROUND_ID,
          schoolId: 'albeda',
          outcome: 'geselecteerd',
          reason: 'Zelf geselecteerd.',
        },
        /alleen iemand met de rol/,
      ],
      [
        user,
        {
          verb: 'beoordeling.score.save',
          roundId: ROUND_ID,
          schoolId: 'albeda',
          score_vraagstuk: '5',
          note_vraagstuk: 'top',
        },
        /alleen iemand met de rol/,
      ],
      [
        intruder,
        {
          verb: 'aanmelding.step.save',
          roundId: ROUND_ID,
          schoolId: 'albeda',
          step: 'overig',
          otherNotes: 'overgenomen',
        },
        /werkt niet mee/,
      ],
      [
        intruder,
        { verb: 'aanmelding.answer', roundId: ROUND_ID, schoolId: 'albeda', questionId: 'x', answer: ['a'] },
        /werkt niet mee/,
      ],
      [
        intruder,
        { verb: 'aanmelding.review', roundId: { $ne: null }, schoolId: ['albeda'] },
        /kan ik niet vinden/,
      ],
    ];
    for (const [who, value, expected] of forged) {
      const activity = teamsActivity(
        who,
        { type: 'message', value },
        { locale: 'nl-NL', conversationId: `forged-${who.aadObjectId}` },
      );
      const { status, replies } = await postActivity(st.bot.url, activity);
      const text = replies.map((r) => r.text ?? '').join('\n');
      assert.equal(status, 200, JSON.stringify(value).slice(0, 80));
      assert.match(text, expected, `${JSON.stringify(value).slice(0, 80)} → ${text}`);
    }
    // A new draft with oversized and wrong-type values through a forged card: refused per field, nothing created.
    const huge = teamsActivity(
      user,
      {
        type: 'message',
        value: {
          verb: 'aanmelding.step.save',
          roundId: ROUND_ID,
          step: 'school',
          school: 'zadkine',
          contactName: 'y'.repeat(150_000),
          contactEmail: 42,
          contactRole: ['x'],
        },
      },
      { locale: 'nl-NL', conversationId: 'forged-new' },
    );
    const refused = await postActivity(st.bot.url, huge);
    const card = JSON.stringify(refused.replies[0]?.attachments?.[0]?.content ?? {});
    assert.match(card, /Vul een naam in \(2 tot 100 tekens\)/);
    assert.ok(card.length < 20_000, 'the returned card stays small');
    assert.equal(await applications().get(ROUND_ID, 'zadkine'), undefined);

    const after = await applications().get(ROUND_ID, 'albeda');
    assert.equal(after?.etag, before?.etag, 'the submitted application is unchanged');
    assert.deepEqual(after, before);
    st.assertHealthy();
  });

  it('lets a beoordelaar open the list, score with notes, see the overview, and a beheerder decide', async () => {
    const st = s();
    assert.ok(submitted, 'the first test submitted an application');
    await new CosmosUserRepository(st.bot.cosmos.containers.directory).save({
      id: PLAYGROUND_USER.aadObjectId.toLowerCase(),
      name: PLAYGROUND_USER.name,
      roles: ['beoordelaar', 'beheerder'],
      schoolIds: [],
      updatedAt: new Date().toISOString(),
      updatedBy: 'e2e',
    });
    await st.send('aanmeldingen');
    await st.waitForReply('Aanmeldingen per ronde');
    await st.clickButton('Aanmeldingen');
    await st.waitForReply('Ingediende aanmeldingen');
    await st.screenshot('aanmelding-beoordelaar-lijst', { lastBotMessage: true });
    await st.clickButton('Openen');
    const summary = await st.waitForReply('Aanmelding Albeda');
    assert.match(summary, /Nog niemand heeft gescoord/, 'a beheerder sees scores at once');
    await st.clickButton('Scoren');
    await st.waitForReply('Scoren: Albeda');
    await choose('Score voor Helder vraagstuk', '4 – goed');
    await st.fillByLabel('Toelichting bij Helder vraagstuk', 'Duidelijk beschreven, met cijfers.');
    await st.screenshot('aanmelding-scoren', { lastBotMessage: true });
    await st.clickButton('Scores opslaan');
    const scored = await st.waitForReply(/Gemiddeld 4,0/);
    assert.match(scored, /Duidelijk beschreven, met cijfers/);
    await st.clickButton('Besluit nemen');
    await st.waitForReply('Besluit: Albeda');
    await st.fillByLabel('Toelichting voor de school', 'Een helder vraagstuk en een brede projectgroep.');
    await st.page.locator(MESSAGE).last().locator('label', { hasText: 'Geselecteerd' }).first().click();
    await st.screenshot('aanmelding-besluit', { lastBotMessage: true });
    await st.clickButton(/Besluit opslaan/);
    await st.waitForReply(/opgeslagen: Geselecteerd/);
    assert.equal((await applications().get(ROUND_ID, 'albeda'))?.status, 'geselecteerd');
    st.assertHealthy();
  });
});
