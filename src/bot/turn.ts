import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards/render';
import type { AccessService, Identity } from '../domain/access';
import { DomainError, ForbiddenError, StoreUnavailableError } from '../domain/errors';
import { isRole } from '../domain/user';
import type { Caller } from '../domain/user';
import { resolveLocale, translator, type Locale, type Translate } from '../i18n';
import type { Logger } from '../logger';

const STORE_NOTICE = Symbol('kansenwijzer.storeNoticeSent');
const FAILURE_SAID = Symbol('kansenwijzer.failureSaid');

/** Whether this turn answered a refusal or failure (a card the user acted on must then stay as it was). */
export function failureSaid(context: TurnContext): boolean {
  return context.turnState.get(FAILURE_SAID) === true;
}

/** Remembers that this turn already told the user the store was unavailable (app.error then stays quiet). */
export function markStoreNoticeSent(context: TurnContext): void {
  context.turnState.set(STORE_NOTICE, true);
}

export function storeNoticeSent(context: TurnContext): boolean {
  return context.turnState.get(STORE_NOTICE) === true;
}

/** Typed text worth handing back when it could not be handled (not a short command). */
const KEEP_TEXT_FROM = 40;
const KEEP_TEXT_MAX = 2000;

/** "Nothing is lost, try again", with what the user typed quoted so they can send it again. */
export function storeUnavailableText(t: Translate, typed: unknown): string {
  const text = typeof typed === 'string' ? typed.trim() : '';
  if (text.length < KEEP_TEXT_FROM) return t('error.storeUnavailable');
  const quoted = text.slice(0, KEEP_TEXT_MAX).replace(/\n/g, '\n> ');
  return `${t('error.storeUnavailable')}\n\n${t('error.yourMessage')}\n\n> ${quoted}`;
}

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
    kit.context.turnState.set(FAILURE_SAID, true);
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
      markStoreNoticeSent(kit.context);
      return;
    }
    throw err;
  }
}
