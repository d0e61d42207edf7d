import assert from 'node:assert/strict';
import { runCli } from '../../src/cli/program';
import { storageKeyToId } from '../../src/storage/bot-state-storage';
import { cardOf } from '../helpers/bot';
import { startHttpBot, type HttpBot } from '../helpers/http-harness';

const BEHEERDER = { aadObjectId: 'b0000000-0000-4000-8000-0000000000b1', name: 'Bea Beheer' };
const CARLA = { aadObjectId: 'c0000000-0000-4000-8000-0000000000c1', name: 'Carla Coach' };
const stateId = (user: { aadObjectId: string }) =>
  storageKeyToId(`msteams/28:kansenwijzer/conversations/a:${user.aadObjectId}`);

async function cli(bot: HttpBot, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
  // The same DATA_DIR as the running bot: the CLI uses the bot's embedded store.
  const env = { DATA_DIR: bot.bot.config.cosmos.dataDir, LOG_LEVEL: 'silent' };
  const code = await runCli(args, io, { env });
  return { code, stdout, stderr };
}

describe('privacy over HTTP and with the CLI (AVG)', () => {
  let bot: HttpBot;
  beforeEach(async () => {
    bot = await startHttpBot({ env: { BOOTSTRAP_BEHEERDERS: BEHEERDER.aadObjectId } });
    // Carla said hello first: a role goes only to someone the bot has met.
    await bot.send(CARLA, 'hallo');
    await bot.send(BEHEERDER, {
      type: 'message',
      value: {
        verb: 'admin.role.save',
        personId: CARLA.aadObjectId,
        personName: 'Carla Coach',
        role: 'coach',
        action: 'add',
        schoolIds: '',
      },
    });
    // Carla chats: the bot remembers her chat and the conversation.
    await bot.send(CARLA, 'hulp');
    await bot.send(CARLA, { type: 'message', value: { verb: 'core.help' } });
  });
  afterEach(() => bot.close());

  const docs = async () => {
    const c = bot.bot.cosmos.containers;
    const read = async (container: typeof c.directory, id: string, pk: string) =>
      (await container.item(id, pk).read()).resource !== undefined;
    return {
      user: await read(c.directory, CARLA.aadObjectId, 'user'),
      convref: await read(c.directory, CARLA.aadObjectId, 'convref'),
      state: await read(c.botstate, stateId(CARLA), stateId(CARLA)),
    };
  };

  it('When Carla asks for her data in the chat, then she sees her profile and her chat, and after confirming every record of hers is gone', async () => {
    assert.deepEqual(await docs(), { user: true, convref: true, state: true });
    const mine = await bot.send(CARLA, 'mijn gegevens');
    assert.match(mine.text, /Naam: Carla Coach[\s\S]*Rollen: medewerker, coach/);
    assert.match(mine.text, /Je chat met Kansenwijzer[\s\S]*Taal: Nederlands/);

    const ask = await bot.send(CARLA, 'verwijder mijn gegevens');
    const actions = (cardOf(ask.replies[0])?.actions ?? []) as { data?: Record<string, unknown> }[];
    const confirm = actions.find((a) => a.data?.verb === 'privacy.erase.confirm')!.data!;
    const done = await bot.send(CARLA, { type: 'message', value: confirm });
    assert.match(done.text, /je gegevens zijn verwijderd/);
    assert.deepEqual(await docs(), { user: false, convref: false, state: false });
    // She chats again: the bot can reach her again, and keeps nothing else.
    await bot.send(CARLA, 'hulp');
    assert.deepEqual(await docs(), { user: false, convref: true, state: false });
  });

  it('When a beheerder uses the CLI, then it shows what is kept about Carla, refuses to erase without --yes, and erases it with --yes', async () => {
    const shown = await cli(bot, ['privacy', 'show', CARLA.aadObjectId]);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /Je profiel\n {2}Naam: Carla Coach/);
    assert.match(shown.stdout, /Je chat met Kansenwijzer/);

    const refused = await cli(bot, ['privacy', 'erase', CARLA.aadObjectId]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /add --yes/);
    assert.deepEqual(await docs(), { user: true, convref: true, state: true });

    const erased = await cli(bot, ['--json', 'privacy', 'erase', CARLA.aadObjectId, '--yes']);
    assert.equal(erased.code, 0, erased.stderr);
    assert.deepEqual(JSON.parse(erased.stdout), {
      id: CARLA.aadObjectId,
      erased: { profile: 1, chat: 2, authorship: 0, logboek: 0, matching: 0, aanmelding: 0, faq: 0 },
      failed: [],
    });
    assert.deepEqual(await docs(), { user: false, convref: false, state: false });
    assert.match((await cli(bot, ['privacy', 'show', CARLA.aadObjectId])).stdout, /Nothing is stored/);
    assert.equal((await cli(bot, ['privacy', 'show', 'not-a-guid'])).code, 2);
  });

  it('When conversation state is older than the retention, then purge-state counts it, and deletes it only with --yes', async () => {
    const counted = await cli(bot, ['--json', 'privacy', 'purge-state', '--older-than-days', '1']);
    assert.equal(JSON.parse(counted.stdout).count, 0, 'fresh state is kept');
    // Age Carla's conversation by rewriting its timestamp.
    const container = bot.bot.cosmos.containers.botstate;
    const { resource } = await container.item(stateId(CARLA), stateId(CARLA)).read<Record<string, unknown>>();
    await container.items.upsert({ ...resource, updatedAt: '2020-01-01T00:00:00.000Z' });
    const dry = await cli(bot, ['--json', 'privacy', 'purge-state', '--older-than-days', '90']);
    assert.equal(JSON.parse(dry.stdout).count, 1);
    assert.equal((await docs()).state, true);
    const real = await cli(bot, ['privacy', 'purge-state', '--yes']);
    assert.match(real.stdout, /Deleted 1 conversation states/);
    assert.equal((await docs()).state, false);
    // The chat goes on: the next message starts a fresh conversation state.
    assert.match((await bot.send(CARLA, 'hulp')).text, /Wat kan Kansenwijzer\?/);
  });

  it("When the CLI is given the playground user's 37-character id, then it is accepted; a cut id is refused", async () => {
    const playground = { aadObjectId: '00000000-0000-0000-0000-0000000000020', name: 'Alex Wilber' };
    await bot.send(playground, 'hulp');
    const shown = await cli(bot, ['privacy', 'show', playground.aadObjectId]);
    assert.equal(shown.code, 0, shown.stderr);
    const cut = await cli(bot, ['privacy', 'show', playground.aadObjectId.slice(0, 30)]);
    assert.equal(cut.code, 2);
    assert.match(cut.stderr, /is not an Entra ID object id/);
  });
});
