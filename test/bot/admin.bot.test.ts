import assert from 'node:assert/strict';
import { TeamsInfo } from 'botbuilder';
import sinon from 'sinon';
import {
  ALICE,
  BEHEERDER,
  cardOf,
  createTestBot,
  inputsOf,
  replyText,
  TENANT,
  type TestBot,
} from '../helpers/bot';

const beheerder = { aadObjectId: BEHEERDER, name: 'Bea Beheer' };
const alice = { aadObjectId: ALICE, name: 'Alice de Vries' };
const submit = (value: Record<string, unknown>) => ({ type: 'message', value });

async function addSchool(bot: TestBot, name: string, extra: Record<string, unknown> = {}) {
  return bot.send(
    beheerder,
    submit({
      verb: 'admin.school.save',
      name,
      shortNames: '',
      brin: '',
      region: 'Rijnmond',
      board: '',
      ...extra,
    }),
  );
}

describe('administration: roles and schools', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
    await bot.meet(alice);
  });
  afterEach(() => bot.close());

  it('When a medewerker asks for "beheer", then they are told it needs the beheerder role', async () => {
    assert.match(replyText(await bot.send(alice, 'beheer')), /alleen iemand met de rol \*\*beheerder\*\*/);
    assert.match(
      replyText(await bot.send({ ...alice, locale: 'en-US' }, 'beheer')),
      /role \*\*administrator\*\*/,
    );
  });

  it('When a bootstrap beheerder opens "beheer", then a menu card offers roles and schools', async () => {
    const card = cardOf((await bot.send(beheerder, 'beheer'))[0]);
    assert.ok(card);
    assert.match(replyText(await bot.send(beheerder, 'beheer')), /Rollen bekijken[\s\S]*School toevoegen/);
  });

  it('When a beheerder adds a school with abbreviations, then it appears in the school list', async () => {
    assert.match(
      replyText(
        await addSchool(bot, 'Techniek College Rotterdam', {
          shortNames: 'TCR, Techniek College',
          brin: '25lx',
        }),
      ),
      /opgeslagen/,
    );
    const school = await bot.deps.schools.get('techniek-college-rotterdam');
    assert.deepEqual(school?.shortNames, ['TCR', 'Techniek College']);
    assert.equal(school?.brin, '25LX');
    assert.match(replyText(await bot.send(beheerder, 'scholen')), /Techniek College Rotterdam[\s\S]*TCR/);
  });

  it('When a beheerder makes someone coach of two schools, then that person has the role and the schools', async () => {
    await addSchool(bot, 'Albeda');
    await addSchool(bot, 'Zadkine');
    const replies = await bot.send(
      beheerder,
      submit({
        verb: 'admin.role.save',
        personId: ALICE,
        personName: 'Alice de Vries',
        role: 'coach',
        action: 'add',
        schoolIds: 'albeda,zadkine',
      }),
    );
    assert.match(
      replyText(replies),
      /Alice de Vries heeft nu deze rollen: medewerker, coach\. Gekoppelde scholen: Albeda, Zadkine/,
    );
    const stored = await bot.deps.users.get(ALICE);
    assert.deepEqual(stored?.roles, ['coach']);
    assert.deepEqual(stored?.schoolIds, ['albeda', 'zadkine']);
    assert.match(
      replyText(await bot.send(beheerder, 'rollen')),
      /Alice de Vries[\s\S]*coach[\s\S]*Albeda, Zadkine/,
    );
  });

  it('When a coach would get a sixth school, then the beheerder is told the maximum and nothing changes', async () => {
    const ids: string[] = [];
    for (const n of ['Een', 'Twee', 'Drie', 'Vier', 'Vijf', 'Zes']) {
      await addSchool(bot, `School ${n}`);
      ids.push(`school-${n.toLowerCase()}`);
    }
    const replies = await bot.send(
      beheerder,
      submit({
        verb: 'admin.role.save',
        personId: ALICE,
        role: 'coach',
        action: 'add',
        schoolIds: ids.join(','),
      }),
    );
    assert.match(replyText(replies), /hoogstens 5 scholen.*er 6/);
    assert.equal(await bot.deps.users.get(ALICE), undefined);
  });

  it('When card data is tampered with, then the form comes back with the input kept and a message, and nothing is stored', async () => {
    const tampered = [
      { personId: 'not-a-guid', role: 'coach', action: 'add' },
      { personId: ALICE, role: 'superadmin', action: 'add' },
      { personId: ALICE, role: 'coach', action: 'add', schoolIds: 'bestaat-niet' },
      { personId: ALICE, role: ['coach'], action: 'add' },
      { personId: ALICE, role: 'coach', action: 'delete-everything' },
      { personId: 'x'.repeat(100_000), role: 'coach', action: 'add' },
    ];
    for (const value of tampered) {
      const replies = await bot.send(beheerder, submit({ verb: 'admin.role.save', ...value }));
      const text = replyText(replies);
      assert.match(text, /kloppen nog niet|ken ik niet/, JSON.stringify(value).slice(0, 80));
      assert.ok(cardOf(replies[0]), 'the form comes back');
    }
    const kept = replyText(
      await bot.send(
        beheerder,
        submit({
          verb: 'admin.role.save',
          personId: ALICE,
          personIdTyped: 'not-a-guid',
          role: 'coach',
          action: 'add',
        }),
      ),
    );
    // The typed id wins over the pick, is refused, and both come back for correction.
    assert.match(kept, /Alice de Vries[\s\S]*not-a-guid/);
    assert.equal((await bot.deps.users.list()).length, 0);
  });

  it('When a medewerker submits a role card (copied or forged), then it is refused and nothing is stored', async () => {
    const replies = await bot.send(
      alice,
      submit({ verb: 'admin.role.save', personId: ALICE, role: 'beheerder', action: 'add' }),
    );
    assert.match(replyText(replies), /alleen iemand met de rol/);
    assert.equal(await bot.deps.users.get(ALICE), undefined);
    await bot.send(alice, submit({ verb: 'admin.school.save', name: 'Nep School' }));
    assert.equal((await bot.deps.schools.list()).length, 0);
  });

  it('When a beheerder tries to remove their own beheerder role, then it is refused', async () => {
    const replies = await bot.send(
      beheerder,
      submit({ verb: 'admin.role.save', personId: BEHEERDER, role: 'beheerder', action: 'remove' }),
    );
    assert.match(replyText(replies), /eigen beheerdersrol/);
  });

  it('When someone was given the beheerder role, then they can use the admin features', async () => {
    await bot.send(
      beheerder,
      submit({ verb: 'admin.role.save', personId: ALICE, role: 'beheerder', action: 'add' }),
    );
    assert.ok(cardOf((await bot.send(alice, 'beheer'))[0]));
  });

  it('When a school name is missing or the BRIN code is wrong, then the school form returns with field messages', async () => {
    const replies = await bot.send(beheerder, submit({ verb: 'admin.school.save', name: '', brin: 'XYZ1' }));
    assert.match(replyText(replies), /Vul de naam van de school in[\s\S]*BRIN-code heeft 4 tekens/);
    assert.equal((await bot.deps.schools.list()).length, 0);
  });

  it('When a tampered card carries a school id that is not a slug, then the form comes back and nothing is stored (found by the fuzz test)', async () => {
    for (const schoolId of ['a/b', 'x?y', 'Hoofd Letters', '../../etc/passwd']) {
      const replies = await addSchool(bot, 'Test School', { schoolId });
      assert.match(replyText(replies), /Een paar velden kloppen nog niet/);
    }
    assert.deepEqual(await bot.deps.schools.list(), []);
  });
});

describe('administration: giving a role by picking a person the bot has met', () => {
  let bot: TestBot;
  const fatima = { aadObjectId: 'f0000000-0000-4000-8000-00000000000f', name: 'Fátima El Amrani' };
  /** The Agents Playground's test user: 13 digits in the last group, 37 characters. */
  const playgroundUser = { aadObjectId: '00000000-0000-0000-0000-0000000000020', name: 'Alex Wilber' };
  beforeEach(async () => {
    bot = await createTestBot();
    for (const p of [alice, fatima, playgroundUser]) await bot.meet(p);
    await addSchool(bot, 'Albeda');
  });
  afterEach(() => bot.close());

  const personChoices = (card: unknown): string[] => {
    const picker = JSON.stringify(card).match(/"id":"personId"[^\]]*\]/)?.[0] ?? '';
    return [...picker.matchAll(/"title":"([^"]*)"/g)].map((m) => m[1] ?? '');
  };

  it('When a beheerder searches "fatima" on the role form and gives the coach role, then Fátima is coach without any id typed', async () => {
    const form = cardOf((await bot.send(beheerder, submit({ verb: 'admin.role.form' })))[0]);
    assert.deepEqual(personChoices(form), ['Alex Wilber', 'Alice de Vries', 'Fátima El Amrani']);
    // The form opens ready to give a role (a required choice left empty would block every button).
    assert.equal(inputsOf(form).role, 'coach');
    assert.equal(inputsOf(form).action, 'add');
    const found = cardOf(
      (
        await bot.send(beheerder, submit({ verb: 'admin.role.find', personQuery: 'fatima', role: 'coach' }))
      )[0],
    );
    assert.deepEqual(personChoices(found), ['Fátima El Amrani']);
    const picked = inputsOf(found).personId;
    assert.equal(picked, '', 'nobody is picked for the beheerder');
    const replies = await bot.send(
      beheerder,
      submit({
        verb: 'admin.role.save',
        personQuery: 'fatima',
        personId: fatima.aadObjectId,
        personIdTyped: '',
        role: 'coach',
        action: 'add',
        schoolIds: 'albeda',
      }),
    );
    assert.match(
      replyText(replies),
      /Fátima El Amrani heeft nu deze rollen: medewerker, coach\. Gekoppelde scholen: Albeda/,
    );
    assert.deepEqual((await bot.deps.users.get(fatima.aadObjectId))?.roles, ['coach']);
  });

  it('When a search finds nobody, then the form says so and how to get the person on the list', async () => {
    const text = replyText(
      await bot.send(beheerder, submit({ verb: 'admin.role.find', personQuery: 'Zoltan' })),
    );
    assert.match(text, /Ik vind niemand met "Zoltan" in de naam/);
  });

  it("When the playground user's 37-character id is typed, then it is accepted and the role is given", async () => {
    const replies = await bot.send(
      beheerder,
      submit({
        verb: 'admin.role.save',
        personIdTyped: playgroundUser.aadObjectId,
        role: 'schoolleider',
        action: 'add',
        schoolIds: 'albeda',
      }),
    );
    assert.match(replyText(replies), /Alex Wilber heeft nu deze rollen: medewerker, schoolleider/);
    assert.deepEqual((await bot.deps.users.get(playgroundUser.aadObjectId))?.roles, ['schoolleider']);
  });

  it('When a cut or unknown id is typed, then it is refused clearly and nobody is created', async () => {
    const cases: [string, RegExp][] = [
      [fatima.aadObjectId.slice(0, 30), /geen volledig object-id/],
      // One digit cut from the playground id is still GUID-shaped: only "never met" catches it.
      [playgroundUser.aadObjectId.slice(0, 36), /Ik ken niemand met dit object-id/],
      ['c0000000-0000-4000-8000-00000000000c', /Ik ken niemand met dit object-id/],
    ];
    for (const [personIdTyped, message] of cases) {
      const replies = await bot.send(
        beheerder,
        submit({ verb: 'admin.role.save', personIdTyped, role: 'coach', action: 'add', schoolIds: '' }),
      );
      assert.match(replyText(replies), message, personIdTyped);
      assert.ok(cardOf(replies[0]), 'the form comes back');
    }
    const stored = await bot.deps.users.list();
    assert.deepEqual(stored, [], 'no phantom person was created');
  });
});

describe('administration: the team roster as people to pick, in a team', () => {
  let bot: TestBot;
  const teun = { aadObjectId: 'e0000000-0000-4000-8000-00000000000e', name: 'Teun Teamlid' };
  const inTeam = (value: Record<string, unknown>) => ({
    ...submit(value),
    conversation: {
      id: '19:kansenwijzer-team@thread.tacv2',
      conversationType: 'channel',
      tenantId: TENANT,
      isGroup: true,
      name: '',
    },
  });
  beforeEach(async () => {
    bot = await createTestBot();
    sinon.stub(TeamsInfo, 'getPagedMembers').resolves({
      continuationToken: '',
      members: [
        { id: '29:teun', name: teun.name, aadObjectId: teun.aadObjectId },
        // Not a well-formed object id: never offered.
        { id: '29:odd', name: 'Rare Id', aadObjectId: 'abc' },
      ],
    });
  });
  afterEach(async () => {
    sinon.restore();
    await bot.close();
  });

  it('When the role form is used in a team channel, then its members are choices and one of them can get a role', async () => {
    const form = replyText(await bot.send(beheerder, inTeam({ verb: 'admin.role.form' })));
    assert.match(form, /leden van dit team/);
    assert.match(form, /Teun Teamlid/);
    assert.doesNotMatch(form, /Rare Id/);
    const saved = await bot.send(
      beheerder,
      inTeam({ verb: 'admin.role.save', personId: teun.aadObjectId, role: 'coach', action: 'add' }),
    );
    assert.match(replyText(saved), /Teun Teamlid heeft nu deze rollen: medewerker, coach/);
  });

  it('When the same id is sent from a personal chat, where there is no roster, then it is refused', async () => {
    const replies = await bot.send(
      beheerder,
      submit({ verb: 'admin.role.save', personId: teun.aadObjectId, role: 'coach', action: 'add' }),
    );
    assert.match(replyText(replies), /Ik ken niemand met dit object-id/);
    assert.equal(await bot.deps.users.get(teun.aadObjectId), undefined);
  });
});
