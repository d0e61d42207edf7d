import { Application, type TeamsAdapter } from '@microsoft/teams-ai';
import { ActivityTypes, type BotAdapter, type Storage, type TurnContext } from 'botbuilder';
import { createFeatureContext, type AppDeps, type Feature } from './bot/feature';
import { KeyedSerialQueue } from './bot/conversation-lock';
import { storeNoticeSent, storeUnavailableText, tenantOf } from './bot/turn';
import { StoreUnavailableError } from './domain/errors';
import { AppTurnState, RECENT_ACTIVITY_IDS } from './bot/turn-state';
import { aanmeldingFeature } from './features/aanmelding/aanmelding.handlers';
import { adminFeature } from './features/admin/admin.handlers';
import type { Job } from './features/core/core.cards';
import { comingSoonFeature, coreFeature, fallbackFeature } from './features/core/core.handlers';
import { faqFeature } from './features/faq/faq.handlers';
import { logboekFeature } from './features/logboek/logboek.feature';
import { matchingFeature } from './features/matching/matching.feature';
import { privacyFeature } from './features/privacy/privacy.handlers';
import { resolveLocale, translator, type Translate } from './i18n';

export interface CreateAppOptions {
  deps: AppDeps;
  storage: Storage;
  /** Required for app.error and proactive messages; tests may pass a TestAdapter. */
  adapter?: BotAdapter;
  /** Extra features (tests); they go before the fallbacks. */
  extraFeatures?: Feature[];
  /** Called for every allowed activity before routing, e.g. to remember where a person can be reached. */
  onActivity?: (context: TurnContext) => Promise<void>;
}

export interface KansenwijzerApp {
  app: Application<AppTurnState>;
  /** The entry point for every activity: tenant check, per-conversation serialisation, then the routes. */
  handleTurn: (context: TurnContext) => Promise<void>;
  /** Runs the features' start-up work (warming caches); a failure is logged, the feature retries on use. */
  start: () => Promise<void>;
}

/**
 * The four jobs, in route order: commands first, free text last. Each job's feature is added here
 * as it lands; its `job` makes the help card stop saying "coming soon".
 */
const JOB_FEATURES: Feature[] = [
  aanmeldingFeature,
  matchingFeature,
  // Its free-text route only takes a coach's updates; it must come before the FAQ's catch-all.
  logboekFeature(),
  // Last: every other typed message is a question.
  faqFeature,
];

function features(extra: Feature[]): { list: Feature[]; available: Set<Job> } {
  // Test features (anchored commands) go before the job features: the FAQ catches all other free text.
  const jobFeatures: Feature[] = [...extra, ...JOB_FEATURES];
  const available = new Set<Job>(jobFeatures.flatMap((f) => (f.job ? [f.job] : [])));
  return {
    available,
    list: [
      coreFeature(available),
      adminFeature,
      privacyFeature,
      comingSoonFeature(available),
      ...jobFeatures,
      fallbackFeature(),
    ],
  };
}

/** Set once a turn sent a message (typing indicators do not count, unlike `context.responded`). */
const MESSAGE_SENT = Symbol('kansenwijzer.messageSent');

/**
 * The store failed outside a handler's own care: reading the conversation at the start (nothing happened, so
 * a long message is handed back to copy), or saving it at the end (what the user saw confirmed is kept in its
 * repository; only where they were in the conversation may be lost).
 */
function storeDownText(t: Translate, context: TurnContext): string {
  if (context.turnState.get(MESSAGE_SENT) === true) return t('error.stateNotSaved');
  return storeUnavailableText(t, context.activity.text);
}

const RECENT_IDS_IN_PROCESS = 10_000;

/** A bounded set: the oldest ids are forgotten first. */
class RecentIds {
  private readonly ids = new Set<string>();
  constructor(private readonly max: number) {}
  has(id: string): boolean {
    return this.ids.has(id);
  }
  add(id: string): void {
    this.ids.add(id);
    if (this.ids.size > this.max) {
      const oldest = this.ids.values().next();
      if (!oldest.done) this.ids.delete(oldest.value);
    }
  }
}

/** Messages and invokes (card actions) are what a user does; they are deduplicated and answered. */
const isUserAction = (type: string): boolean => type === 'message' || type === 'invoke';

export function createApp({
  deps,
  storage,
  adapter,
  extraFeatures = [],
  onActivity,
}: CreateAppOptions): KansenwijzerApp {
  const { config, log } = deps;
  const app = new Application<AppTurnState>({
    storage,
    // A TestAdapter is a BotAdapter too; Application only uses onTurnError and continueConversationAsync.
    adapter: adapter as TeamsAdapter | undefined,
    botAppId: config.bot.appId,
    removeRecipientMention: true,
    startTypingTimer: true,
    turnStateFactory: () => new AppTurnState(),
  });

  // An activity delivered twice (same id) takes effect once. This process remembers every recent id; the
  // conversation state (shared by all instances) keeps the ids of card submits and of turns that changed it.
  const recentInProcess = new RecentIds(RECENT_IDS_IN_PROCESS);
  app.turn('beforeTurn', (context, state) => {
    const id = context.activity.id;
    if (!id || !isUserAction(context.activity.type)) {
      return Promise.resolve(true);
    }
    const seen = state.conversation.recentActivityIds ?? [];
    if (seen.includes(id) || recentInProcess.has(id)) {
      log.info(
        { activityId: id, conversationId: context.activity.conversation?.id },
        'duplicate activity ignored',
      );
      return Promise.resolve(false);
    }
    recentInProcess.add(id);
    if (context.activity.type === 'invoke' || context.activity.value !== undefined) {
      state.conversation.recentActivityIds = [...seen, id].slice(-RECENT_ACTIVITY_IDS);
    } else {
      state.rememberActivityIdIfChanged(id);
    }
    return Promise.resolve(true);
  });

  const startTasks: (() => Promise<void>)[] = [];
  const ctx = createFeatureContext(deps, startTasks);
  for (const feature of features(extraFeatures).list) feature.register(app, ctx);

  app.error(async (context, err) => {
    const storeDown = err instanceof StoreUnavailableError;
    const where = {
      conversationId: context.activity.conversation?.id,
      activityId: context.activity.id,
      activityType: context.activity.type,
    };
    if (storeDown) log.warn({ ...where, err: err.cause }, 'turn failed: store unavailable');
    else log.error({ ...where, err }, 'turn failed');
    // A handler that already said the store was down (and sent its form back) has said enough.
    if (storeDown && storeNoticeSent(context)) return;
    const t = translator(resolveLocale(context.activity.locale, config.defaultLocale));
    try {
      await context.sendActivity(storeDown ? storeDownText(t, context) : t('error.generic'));
    } catch (sendErr) {
      log.warn({ err: sendErr }, 'could not send the apology');
    }
  });

  // Nearly every handler needs the caller's roles: read them while the turn state loads, not after it.
  // The turn's kit keeps the promise; the handler awaits the same one, failure included.
  const readCallerEarly = (context: TurnContext) =>
    ctx
      .kit(context)
      .caller()
      .catch(() => undefined);
  const queue = new KeyedSerialQueue();
  const allowed = new Set(config.allowedTenantIds);

  return {
    app,
    async start() {
      await Promise.all(
        startTasks.map((task) =>
          task().catch((err: unknown) => log.error({ err }, 'feature start-up failed')),
        ),
      );
    },
    async handleTurn(context) {
      const a = context.activity;
      if (allowed.size > 0 && !allowed.has(tenantOf(context))) {
        log.warn(
          { tenant: tenantOf(context), activityType: a.type },
          'activity from a tenant that is not allowed',
        );
        if (isUserAction(a.type)) {
          const t = translator(resolveLocale(a.locale, config.defaultLocale));
          await context.sendActivity(t('error.tenant'));
        }
        if (a.type === 'invoke') {
          await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
        }
        return;
      }
      context.onSendActivities(async (ctx, activities, next) => {
        if (activities.some((x) => x.type === ActivityTypes.Message)) ctx.turnState.set(MESSAGE_SENT, true);
        return next();
      });
      await queue.run(a.conversation?.id ?? '', async () => {
        if (isUserAction(a.type)) void readCallerEarly(context);
        if (onActivity) {
          // Remembering is a convenience; a store hiccup here must not cost the user their turn.
          await onActivity(context).catch((err: unknown) => log.warn({ err }, 'onActivity failed'));
        }
        await app.run(context);
      });
    },
  };
}
