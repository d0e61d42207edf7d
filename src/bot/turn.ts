import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards/render';
import type { AccessService, Identity } from '../domain/access';
import { DomainError, ForbiddenError, StoreUnavailableError } from '../domain/errors';
import { isRole } from '../domain/user';
import type { Caller } from '../domain/user';
import { resolveLocale, translator, type Locale, type Translate } from '../i18n';
import type { Logger } from '../logger';

export function tenantOf(context: TurnContext): string {
  const a = context.activity;
  const fromChannel = (a.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const tenant = a.conversation?.tenantId ?? (typeof fromChannel === 'string' ? fromChannel : '');
  return tenant.toLowerCase();
}

/** Teams gives the Entra ID object id; tools without one (local only) fall back to the channel user id. */
export function identityOf(context: TurnContext, allowChannelIdFallback: boolean): Identity | undefined {
  const from = context.activity.from;
  const id = from?.aadObjectId ?? (allowChannelIdFallback ? from?.id : undefined);
  if (!id) return undefined;
  return { aadObjectId: id.toLowerCase(), name: from?.name ?? '', tenantId: tenantOf(context) };
}

export interface TurnKitDeps {
  access: AccessService;
  defaultLocale: Locale;
  allowChannelIdFallback: boolean;
}

/** The data of a card submit as an object ({} when there is none); its fields are still untrusted. */
export function cardValue(context: TurnContext): Record<string, unknown> {
  const v: unknown = context.activity.value;
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** What a handler needs from a turn: the language, the caller, and ways to answer. */
export class TurnKit {
  readonly locale: Locale;
  readonly t: Translate;
  private callerPromise?: Promise<Caller>;

  constructor(
    readonly context: TurnContext,
    private readonly deps: TurnKitDeps,
  ) {
    this.locale = resolveLocale(context.activity.locale, deps.defaultLocale);
    this.t = translator(this.locale);
  }

  /** The caller with roles, read once per turn and only when a handler asks. */
  caller(): Promise<Caller> {
    if (!this.callerPromise) {
      const identity = identityOf(this.context, this.deps.allowChannelIdFallback);
      if (!identity) return Promise.reject(new DomainError('error.noIdentity'));
      this.callerPromise = this.deps.access.callerFor(identity);
    }
    return this.callerPromise;
  }

  async say(text: string): Promise<void> {
    await this.context.sendActivity(MessageFactory.text(text));
  }

  async sendCard(card: AdaptiveCardJson): Promise<void> {
    await this.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }
}

/**
 * Answers expected failures in the user's language and lets the rest reach app.error:
 * a domain error shows its own message, an unavailable store says nothing was lost.
 */
export async function answerFailures(kit: TurnKit, log: Logger, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    if (err instanceof ForbiddenError) {
      const role = isRole(err.requiredRole) ? kit.t(`role.${err.requiredRole}`) : err.requiredRole;
      await kit.say(kit.t('error.forbidden', { role }));
      return;
    }
    if (err instanceof DomainError) {
      await kit.say(kit.t(err.messageKey, err.values));
      return;
    }
    if (err instanceof StoreUnavailableError) {
      log.warn(
        { err: err.cause, conversationId: kit.context.activity.conversation?.id },
        'store unavailable',
      );
      await kit.say(kit.t('error.storeUnavailable'));
      return;
    }
    throw err;
  }
}
