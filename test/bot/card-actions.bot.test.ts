import type { Activity } from 'botbuilder';
import assert from 'node:assert/strict';
import sinon from 'sinon';
import { CARD_FIELD } from '../../src/cards/render';
import { StoreUnavailableError } from '../../src/domain/errors';
import { FaqRepository } from '../../src/features/faq/faq-repository';
import { CosmosMatchingRepository } from '../../src/features/matching/matching-repository';
import { actionsOf } from '../helpers/aanmelding-bot';
import {
  BEHEERDER,
  cardOf,
  cardText,
  createTestBot,
  inputsOf,
  type TestBot,
  type TestUser,
} from '../helpers/bot';

const beheerder: TestUser = { aadObjectId: BEHEERDER, name: 'Bea Beheer' };
const BEHEERDER_2 = 'b0000000-0000-4000-8000-000000000002';
const beheerder2: TestUser = { aadObjectId: BEHEERDER_2, name: 'Ben Beheer' };

interface Pressed {
  /** What Teams puts in place of the pressed card ('card'), or shows as a note under it ('message'). */
  response: { type: string; value: unknown };
  /** What went into the chat as new messages. */
  messages: Partial<Activity>[];
}

/** Presses an Action.Execute button as Teams does: an adaptiveCard/action invoke with the button's data. */
async function press(bot: TestBot, user: TestUser, data: Record<string, unknown>): Promise<Pressed> {
  const verb = data.verb;
  const replies = await bot.send(user, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  });
  const invoke = replies.find((r) => r.type === 'invokeResponse');
  assert.ok(invoke, 'the invoke got an answer');
  const body = (
    invoke.value as { status: number; body: { statusCode: number; type: string; value: unknown } }
  ).body;
  assert.equal(body.statusCode, 200);
  return { response: body, messages: replies.filter((r) => r.type === 'message') };
}

/** An input's value as Teams would send it (numbers as text). */
function inputValue(card: unknown, id: string): string {
  let found: unknown;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.id === id && typeof n.type === 'string' && n.type.startsWith('Input.')) found = n.value;
      else Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return typeof found === 'string' || typeof found === 'number' ? String(found) : '';
}

/** The data of a button by its title, as Teams sends it with the card's inputs merged in. */
function buttonData(
  card: unknown,
  title: RegExp,
  inputs: Record<string, unknown> = {},
): Record<string, unknown> {
  const found = actionsOf(card).find((a) => title.test(a.title));
  assert.ok(found, `a button ${String(title)} in ${cardText(card).slice(0, 300)}`);
  return { ...inputsOf(card), ...found.data, ...inputs };
}

describe('card buttons (Universal Actions)', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot({ env: { BOOTSTRAP_BEHEERDERS: `${BEHEERDER},${BEHEERDER_2}` } });
  });
  afterEach(async () => {
    sinon.restore();
    await bot.close();
  });

  async function openSchoolForm(): Promise<Record<string, unknown>> {
    const menu = cardOf((await bot.send(beheerder, 'beheer'))[0]);
    const opened = await press(bot, beheerder, buttonData(menu, /school toevoegen/i));
    // The menu is a hub: it stays, the form arrives as a new message, and the press is acknowledged.
    assert.equal(opened.response.type, 'application/vnd.microsoft.activity.message');
    const form = cardOf(opened.messages[0]);
    assert.match(cardText(form), /Naam/);
    return form!;
  }

  it('When a form is sent with a mistake, then the same card comes back in its place with the input and a message under the field, and nothing is saved', async () => {
    const form = await openSchoolForm();
    const pressed = await press(
      bot,
      beheerder,
      buttonData(form, /opslaan/i, { name: 'X', region: 'Rijnmond' }),
    );
    assert.equal(pressed.response.type, 'application/vnd.microsoft.card.adaptive');
    assert.deepEqual(pressed.messages, [], 'no new message in the chat');
    const again = pressed.response.value;
    assert.match(cardText(again), /Vul de naam van de school in/);
    assert.equal(inputsOf(again).region, 'Rijnmond', 'what was typed is kept');
    assert.deepEqual(await bot.deps.schools.list(), []);
  });

  it('When the form is right, then it turns into the confirmation in place and the school is saved', async () => {
    const form = await openSchoolForm();
    const pressed = await press(
      bot,
      beheerder,
      buttonData(form, /opslaan/i, { name: 'Albeda', region: 'Rijnmond', shortNames: 'Albeda College' }),
    );
    assert.equal(pressed.response.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(cardText(pressed.response.value), /School \*\*Albeda\*\* is opgeslagen/);
    assert.equal(actionsOf(pressed.response.value).length, 0, 'no form left to press again');
    assert.deepEqual(pressed.messages, []);
    assert.deepEqual(
      (await bot.deps.schools.list()).map((s) => s.name),
      ['Albeda'],
    );
  });

  it('When the store is down as the form is sent, then the form comes back in place with the input and says nothing was lost', async () => {
    const form = await openSchoolForm();
    sinon.stub(bot.deps.schools, 'save').rejects(new StoreUnavailableError(new Error('503')));
    const pressed = await press(
      bot,
      beheerder,
      buttonData(form, /opslaan/i, { name: 'Albeda', region: 'Rijnmond' }),
    );
    assert.equal(pressed.response.type, 'application/vnd.microsoft.card.adaptive');
    const again = pressed.response.value;
    assert.match(cardText(again), /niet bereiken|niets kwijt|opnieuw/i);
    assert.equal(inputsOf(again).name, 'Albeda');
    sinon.restore();
    const retried = await press(bot, beheerder, buttonData(again, /opslaan/i));
    assert.match(cardText(retried.response.value), /is opgeslagen/);
    assert.equal((await bot.deps.schools.list()).length, 1);
  });

  it('When someone without the role presses a form button, then the card stays and they are told who can help', async () => {
    const form = await openSchoolForm();
    const alice: TestUser = { aadObjectId: 'a0000000-0000-4000-8000-0000000000aa', name: 'Alice' };
    const pressed = await press(
      bot,
      alice,
      buttonData(form, /opslaan/i, { name: 'Albeda', region: 'Rijnmond' }),
    );
    assert.equal(pressed.response.type, 'application/vnd.microsoft.activity.message');
    assert.match(pressed.messages.map((m) => m.text).join('\n'), /beheerder/);
    assert.deepEqual(await bot.deps.schools.list(), []);
  });

  it('When two beheerders get the same approval and one decides, then the other sees the decision instead of buttons, and a late press changes nothing', async () => {
    const GEZEL = 'c0000000-0000-4000-8000-000000000011';
    const LEERMEESTER = 'd0000000-0000-4000-8000-000000000012';
    for (const [id, name] of [
      ['zadkine', 'Zadkine'],
      ['albeda', 'Albeda'],
    ] as const) {
      await bot.deps.schools.save({
        id,
        name,
        shortNames: [],
        region: 'Rijnmond',
        updatedAt: 'x',
        updatedBy: 'x',
      });
    }
    const gezel: TestUser = { aadObjectId: GEZEL, name: 'Gijs de Boer' };
    const leermeester: TestUser = { aadObjectId: LEERMEESTER, name: 'Lotte Jansen' };
    for (const [user, school] of [
      [gezel, 'zadkine'],
      [leermeester, 'albeda'],
    ] as const) {
      await bot.deps.users.save({
        id: user.aadObjectId,
        name: user.name,
        roles: ['schoolleider'],
        schoolIds: [school],
        updatedAt: 'x',
        updatedBy: 'x',
      });
    }
    const profile = (roles: string, school: string, phase: string) => ({
      type: 'message',
      value: {
        verb: 'matching.profile.save',
        roles,
        school,
        board: '',
        region: '',
        schoolType: 'mbo',
        themes: 'objectief-werven',
        phase,
        capacity: '1',
        available: 'true',
      },
    });
    await bot.send(gezel, profile('gezel', 'zadkine', '2'));
    await bot.send(leermeester, profile('leermeester', 'albeda', '4'));
    await bot.send(gezel, {
      type: 'message',
      value: { verb: 'matching.choose', leermeesterId: LEERMEESTER },
    });
    const request = bot.notifier.to(LEERMEESTER).at(-1)!;
    await press(bot, leermeester, buttonData(request.card, /accepteren|ja/i));

    const cardFor = (id: string) => bot.notifier.to(id).at(-1)!.card as Record<string, unknown>;
    const [first, second] = [cardFor(BEHEERDER), cardFor(BEHEERDER_2)];
    assert.equal(actionsOf(first).length, 2, 'approve and reject');
    const refresh = second.refresh as {
      action: { verb: string; data: Record<string, unknown> };
      userIds: string[];
    };
    assert.equal(refresh.action.verb, 'matching.approval.refresh');
    assert.deepEqual([...refresh.userIds].sort(), [`8:orgid:${BEHEERDER}`, `8:orgid:${BEHEERDER_2}`]);

    const approved = await press(bot, beheerder, buttonData(first, /goedkeuren/i));
    assert.equal(actionsOf(approved.response.value).length, 0, "the approver's card has no buttons left");
    assert.match(cardText(approved.response.value), /Deze match loopt al/);
    assert.match(approved.messages.map((m) => m.text).join('\n'), /Goedgekeurd/);
    const introductions = bot.notifier.to(GEZEL).length;

    // Teams refreshes the other beheerder's card when they look at it.
    const refreshed = await press(bot, beheerder2, refresh.action.data);
    assert.equal(actionsOf(refreshed.response.value).length, 0);
    assert.match(cardText(refreshed.response.value), /Deze match loopt al/);

    // A press on the stale card (no refresh yet) shows the decision in place and decides nothing again.
    const late = await press(bot, beheerder2, buttonData(second, /afwijzen/i));
    assert.equal(actionsOf(late.response.value).length, 0);
    assert.match(cardText(late.response.value), /Deze match loopt al/);
    assert.equal(bot.notifier.to(GEZEL).length, introductions, 'no second introduction');
  });

  it('When the store is down as the matching settings are saved, then the settings form comes back with what was typed', async () => {
    sinon
      .stub(CosmosMatchingRepository.prototype, 'saveSettings')
      .rejects(new StoreUnavailableError(new Error('503')));
    const pressed = await press(bot, beheerder, {
      verb: 'matching.settings.save',
      [CARD_FIELD]: 'matching/settings',
      theme: '70',
      region: '10',
      phase: '10',
      schoolType: '10',
      approvalRequired: 'false',
      checkInWeeks: '9',
    });
    assert.equal(pressed.response.type, 'application/vnd.microsoft.card.adaptive');
    const back = pressed.response.value;
    assert.match(cardText(back), /niets verloren/i);
    assert.equal(inputValue(back, 'theme'), '70');
    assert.equal(inputValue(back, 'checkInWeeks'), '9');
  });

  it('When the store is down as a new FAQ answer is saved, then the form comes back with the answer still in it', async () => {
    await bot.send(beheerder, 'wat is het wachtwoord van de wifi');
    const [item] = await new FaqRepository(bot.db.containers.faq).listOpenReviews();
    assert.ok(item);
    sinon.stub(FaqRepository.prototype, 'saveEntry').rejects(new StoreUnavailableError(new Error('503')));
    const pressed = await press(bot, beheerder, {
      verb: 'faq.review.create',
      [CARD_FIELD]: 'faq/entry-form',
      reviewId: item.id,
      question: 'Wat is het wachtwoord van de wifi?',
      alternates: '',
      answer: 'Dat staat op de kaart bij de receptie.',
      detail: '',
      programme: 'kansenwijzer',
      sourceDoc: 'kansenwijzer',
      section: 'Praktisch',
    });
    const back = pressed.response.value;
    assert.equal(pressed.response.type, 'application/vnd.microsoft.card.adaptive', cardText(back));
    assert.match(cardText(back), /niets verloren/i);
    assert.equal(inputsOf(back).answer, 'Dat staat op de kaart bij de receptie.');
  });
});
