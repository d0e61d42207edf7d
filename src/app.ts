import { Application, type TeamsAdapter } from '@microsoft/teams-ai';
import { ActivityTypes, type BotAdapter, type Storage, type TurnContext } from 'botbuilder';
import { createFeatureContext, type AppDeps, type Feature } from './bot/feature';
import { KeyedSerialQueue } from './bot/conversation-lock';
import { tenantOf } from './bot/turn';
import { AppTurnState, RECENT_ACTIVITY_IDS } from './bot/turn-state';
import { aanmeldingFeature } from './features/aanmelding/aanmelding.handlers';
import { adminFeature } from './features/admin/admin.handlers';
import type { Job } from './features/core/core.cards';
import { comingSoonFeature, coreFeature, fallbackFeature } from './features/core/core.handlers';
import { faqFeature } from './features/faq/faq.handlers';
import { logboekFeature } from './features/logboek/logboek.handlers';
import { matchingFeature } from './features/matching/matching.handlers';
import { resolveLocale, translator } from './i18n';

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
      comingSoonFeature(available),
      ...jobFeatures,
      fallbackFeature(),
    ],
  };
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

  // An activity delivered twice (same id) takes effect once.
  app.turn('beforeTurn', (context, state) => {
    const id = context.activity.id;
    if (!id || !isUserAction(context.activity.type)) {
      return Promise.resolve(true);
    }
    const seen = state.conversation.recentActivityIds ?? [];
    if (seen.includes(id)) {
      log.info(
        { activityId: id, conversationId: context.activity.conversation?.id },
        'duplicate activity ignored',
      );
      return Promise.resolve(false);
    }
    state.conversation.recentActivityIds = [...seen, id].slice(-RECENT_ACTIVITY_IDS);
    return Promise.resolve(true);
  });

  const startTasks: (() => Promise<void>)[] = [];
  const ctx = createFeatureContext(deps, startTasks);
  for (const feature of features(extraFeatures).list) feature.register(app, ctx);

  app.error(async (context, err) => {
    log.error(
      {
        err,
        conversationId: context.activity.conversation?.id,
        activityId: context.activity.id,
        activityType: context.activity.type,
      },
      'turn failed',
    );
    const t = translator(resolveLocale(context.activity.locale, config.defaultLocale));
    try {
      await context.sendActivity(t('error.generic'));
    } catch (sendErr) {
      log.warn({ err: sendErr }, 'could not send the apology');
    }
  });

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
      await queue.run(a.conversation?.id ?? '', async () => {
        if (onActivity) {
          // Remembering is a convenience; a store hiccup here must not cost the user their turn.
          await onActivity(context).catch((err: unknown) => log.warn({ err }, 'onActivity failed'));
        }
        await app.run(context);
      });
    },
  };
}
