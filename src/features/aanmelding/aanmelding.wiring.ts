import type { TurnKit } from '../../bot/turn';
import type { FeatureContext } from '../../bot/feature';
import type { AdaptiveCardJson } from '../../cards/render';
import { DomainError, StoreUnavailableError, ValidationError } from '../../domain/errors';
import {
  CosmosApplicationRepository,
  CosmosReviewRepository,
  CosmosSelectionRepository,
} from './application-repository';
import { CosmosRoundRepository } from './round-repository';
import type { FieldErrors } from './aanmelding.cards';
import type { AanmeldingDeps } from './aanmelding.deps';
import { Formatter } from './aanmelding.format';
import { ApplicationNotifications } from './aanmelding.notifications';
import { ApplicationService } from './application.service';
import { ReviewService } from './review.service';
import { RoundService } from './round.service';

// What both handler files of this feature share: the services, the formatter and form re-sending.

export const valueOf = (activityValue: unknown): Record<string, unknown> =>
  typeof activityValue === 'object' && activityValue !== null && !Array.isArray(activityValue)
    ? (activityValue as Record<string, unknown>)
    : {};

export interface AanmeldingServices {
  deps: AanmeldingDeps;
  applications: ApplicationService;
  reviews: ReviewService;
  rounds: RoundService;
}

/** Builds the services of this feature from the shared app dependencies. */
export function aanmeldingServices(ctx: FeatureContext): AanmeldingServices {
  const { deps } = ctx;
  const container = deps.containers.applications;
  const d: AanmeldingDeps = {
    rounds: new CosmosRoundRepository(container),
    applications: new CosmosApplicationRepository(container),
    reviews: new CosmosReviewRepository(container),
    selections: new CosmosSelectionRepository(container),
    schools: deps.schools,
    users: deps.users,
    notifications: new ApplicationNotifications(deps.notifier, deps.log, deps.now, deps.config.timeZone),
    now: deps.now,
    log: deps.log,
  };
  return {
    deps: d,
    applications: new ApplicationService(d),
    reviews: new ReviewService(d),
    rounds: new RoundService(d.rounds, d.reviews, deps.now),
  };
}

export const formatterFor = (ctx: FeatureContext) => (kit: TurnKit) =>
  new Formatter(kit.locale, ctx.deps.config.timeZone);

/**
 * Re-sends a form when the input is refused or the store is unavailable, with the input kept; any
 * other failure goes to the usual answer (a message in the user's language).
 */
export async function withForm(
  kit: TurnKit,
  work: () => Promise<void>,
  resend: (problem: {
    errors?: FieldErrors;
    formError?: string;
  }) => AdaptiveCardJson | Promise<AdaptiveCardJson>,
  /** Domain errors that belong on the form (as a banner) rather than in a message of their own. */
  banner: (err: DomainError) => boolean = () => false,
): Promise<void> {
  try {
    await work();
  } catch (err) {
    if (err instanceof ValidationError) {
      await kit.sendCard(await resend({ errors: err.fieldErrors }));
      return;
    }
    if (err instanceof StoreUnavailableError) {
      await kit.sendCard(await resend({ formError: kit.t('error.storeUnavailable') }));
      return;
    }
    if (err instanceof DomainError && banner(err)) {
      await kit.sendCard(await resend({ formError: kit.t(err.messageKey, err.values) }));
      return;
    }
    throw err;
  }
}
