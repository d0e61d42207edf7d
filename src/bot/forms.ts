import type { Application } from '@microsoft/teams-ai';
import type { AdaptiveCardJson } from '../cards/render';
import { requireRole } from '../domain/access';
import { DomainError, StoreUnavailableError, ValidationError } from '../domain/errors';
import type { Role } from '../domain/user';
import type { MessageKey } from '../i18n';
import type { Logger } from '../logger';
import { onAction } from './actions';
import type { FeatureContext } from './feature';
import { cardValue, markStoreNoticeSent, type TurnKit } from './turn';
import type { AppTurnState } from './turn-state';

/** Why a form comes back: a message per field, and a line for the whole form when there is one. */
export interface FormProblem {
  fieldErrors: Partial<Record<string, MessageKey>>;
  /** The whole form's line, e.g. the store was down, or a refusal that belongs on the form. */
  formError?: MessageKey;
  /** The same line already in words (a domain error with values). */
  formErrorText?: string;
}

/**
 * Runs a form's save; when the input is refused, the store is unavailable, or `banner` says a domain error
 * belongs on the form, the form goes back filled in with what the user sent and why, so nothing they typed
 * is lost and the same button can be pressed again. With Action.Execute the form comes back in place.
 */
export async function submitForm(
  kit: TurnKit,
  log: Logger,
  work: () => Promise<void>,
  resend: (problem: FormProblem) => Promise<void>,
  banner: (err: DomainError) => boolean = () => false,
): Promise<void> {
  try {
    await work();
  } catch (err) {
    if (err instanceof ValidationError) {
      await resend({ fieldErrors: err.fieldErrors, formError: err.messageKey });
      return;
    }
    if (err instanceof StoreUnavailableError) {
      log.warn(
        { err: err.cause, conversationId: kit.context.activity.conversation?.id },
        'store unavailable; form sent back',
      );
      await resend({ fieldErrors: {}, formError: 'error.storeUnavailable' });
      markStoreNoticeSent(kit.context);
      return;
    }
    if (err instanceof DomainError && banner(err)) {
      await resend({ fieldErrors: {}, formErrorText: kit.t(err.messageKey, err.values) });
      return;
    }
    throw err;
  }
}

/** A form, declared once: its button's verb, who may send it, how it saves, and how it looks again. */
export interface FormSpec {
  verb: string;
  /** Checked before the data is read: a forged submit is refused like a typed command. */
  role?: Role;
  /** Parses the untrusted card data and saves it (ValidationError per field), then confirms. */
  save: (kit: TurnKit, raw: Record<string, unknown>) => Promise<void>;
  /** The form again, with what was sent and what is wrong. */
  render: (
    kit: TurnKit,
    raw: Record<string, unknown>,
    problem: FormProblem,
  ) => AdaptiveCardJson | Promise<AdaptiveCardJson>;
  /** Domain errors shown on the form instead of in a message of their own. */
  banner?: (err: DomainError) => boolean;
}

export function registerForm(app: Application<AppTurnState>, ctx: FeatureContext, spec: FormSpec): void {
  onAction(
    app,
    spec.verb,
    ctx.handle(async (kit) => {
      if (spec.role) requireRole(await kit.caller(), spec.role);
      const raw = cardValue(kit.context);
      await submitForm(
        kit,
        ctx.deps.log,
        () => spec.save(kit, raw),
        async (problem) => kit.sendCard(await spec.render(kit, raw, problem)),
        spec.banner,
      );
    }),
  );
}
