import assert from 'node:assert/strict';
import { ALICE, BEHEERDER, cardOf, createTestBot, replyText, type TestBot } from '../helpers/bot';

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
          personId: 'not-a-guid',
          personName: 'Nina',
          role: 'coach',
          action: 'add',
        }),
      ),
    );
    assert.match(kept, /not-a-guid[\s\S]*Nina/);
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
