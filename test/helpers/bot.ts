import { TestAdapter, type Activity, type Attachment } from 'botbuilder';
import { createApp, type KansenwijzerApp } from '../../src/app';
import type { AppDeps, Feature } from '../../src/bot/feature';
import { loadConfig, type Config } from '../../src/config';
import { buildDeps } from '../../src/deps';
import { createLogger } from '../../src/logger';
import { CosmosBotStorage } from '../../src/storage/bot-state-storage';
import { freshDatabase, type TestDatabase } from './cosmos';
import { RecordingNotifier } from './recording-notifier';

export const TENANT = '7a1c0de0-0000-4000-8000-000000000001';
export const BEHEERDER = 'b0000000-0000-4000-8000-000000000001';
export const ALICE = 'a0000000-0000-4000-8000-000000000002';

export interface TestUser {
  aadObjectId: string;
  name: string;
  tenantId?: string;
  locale?: string;
}

export interface TestBot {
  kapp: KansenwijzerApp;
  adapter: TestAdapter;
  deps: AppDeps;
  db: TestDatabase;
  config: Config;
  storage: CosmosBotStorage;
  /** Proactive messages the bot sent, per recipient, in their language. */
  notifier: RecordingNotifier;
  /** Move time: `bot.clock.now = new Date(...)`. */
  clock: { now: Date };
  /** Sends a message or an activity as `user` in that user's personal chat; returns the bot's replies. */
  send(user: TestUser, input: string | Partial<Activity>): Promise<Partial<Activity>[]>;
  close(): Promise<void>;
}

export async function createTestBot(
  opts: { env?: Record<string, string>; features?: Feature[]; now?: string } = {},
): Promise<TestBot> {
  const db = await freshDatabase();
  const config = loadConfig({
    ALLOWED_TENANT_IDS: TENANT,
    BOOTSTRAP_BEHEERDERS: BEHEERDER,
    LOG_LEVEL: 'silent',
    ...opts.env,
  });
  const notifier = new RecordingNotifier();
  const clock = { now: new Date(opts.now ?? '2026-03-02T09:00:00+01:00') };
  const deps = buildDeps({
    config,
    log: createLogger(config.logLevel),
    containers: db.containers,
    notifier: () => notifier,
    now: () => new Date(clock.now),
  });
  const storage = new CosmosBotStorage(db.containers.botstate);
  const holder: { kapp?: KansenwijzerApp } = {};
  const adapter = new TestAdapter(async (ctx) => {
    await holder.kapp!.handleTurn(ctx);
  });
  const kapp = createApp({ deps, storage, adapter, extraFeatures: opts.features });
  holder.kapp = kapp;
  let counter = 0;
  return {
    kapp,
    adapter,
    deps,
    db,
    config,
    storage,
    notifier,
    clock,
    async send(user, input) {
      const base = typeof input === 'string' ? { type: 'message', text: input } : input;
      const activity: Partial<Activity> = {
        id: `act-${++counter}-${Math.random().toString(36).slice(2)}`,
        channelId: 'msteams',
        locale: user.locale ?? 'nl-NL',
        from: { id: `29:${user.aadObjectId}`, aadObjectId: user.aadObjectId, name: user.name },
        recipient: { id: '28:kansenwijzer', name: 'Kansenwijzer' },
        conversation: {
          id: `a:personal-${user.aadObjectId}`,
          conversationType: 'personal',
          tenantId: user.tenantId ?? TENANT,
          isGroup: false,
          name: '',
        },
        ...base,
      };
      adapter.activeQueue.splice(0);
      await adapter.processActivity(activity);
      return adapter.activeQueue.splice(0).filter((a) => a.type !== 'typing');
    },
    async close() {
      await db.drop();
    },
  };
}

/** The Adaptive Card content of a reply, or undefined. */
export function cardOf(reply: Partial<Activity> | undefined): Record<string, unknown> | undefined {
  const att: Attachment | undefined = reply?.attachments?.[0];
  return att?.contentType === 'application/vnd.microsoft.card.adaptive'
    ? (att.content as Record<string, unknown>)
    : undefined;
}

/** Every text in a card (TextBlocks, facts, labels, button titles), for "the user sees …" assertions. */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (typeof v === 'string' && ['text', 'title', 'value', 'label', 'placeholder'].includes(k))
          out.push(v);
        else walk(v);
      }
    }
  };
  walk(card);
  return out.join('\n');
}

/** What a user would read in the replies: message texts and card texts. */
export function replyText(replies: Partial<Activity>[]): string {
  return replies.map((r) => [r.text ?? '', cardText(cardOf(r))].join('\n')).join('\n');
}

type Card = Record<string, unknown>;

/** Every input's current value in a card, by id (what Teams sends on submit). */
export function inputsOf(card: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n.type === 'string' && n.type.startsWith('Input.') && typeof n.id === 'string') {
        out[n.id] = typeof n.value === 'string' ? n.value : '';
      }
      for (const [k, v] of Object.entries(n)) if (k !== 'actions') walk(v);
    }
  };
  walk((card as { body?: unknown }).body);
  return out;
}

export function actionData(card: Card, index = 0): Record<string, unknown> {
  const actions = card.actions as { data: Record<string, unknown> }[];
  return actions[index]!.data;
}

/** Presses the card's first button with the inputs as they are, changed by `edits`. */
export function submitOf(card: Card | undefined, edits: Record<string, string> = {}, index = 0) {
  if (!card) throw new Error('no card was sent');
  return { type: 'message', value: { ...inputsOf(card), ...edits, ...actionData(card, index) } };
}
