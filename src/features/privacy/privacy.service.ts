import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ErasureReport, PersonalDataRegistry, PersonalDataSection } from '../../domain/personal-data';
import type { Caller } from '../../domain/user';
import type { Locale } from '../../i18n';

/** How long the "yes, delete everything" button works after it was shown. */
export const ERASE_CONFIRM_MINUTES = 15;

/** Kept in the conversation state between "delete my data" and the confirmation. */
export interface PendingErasure {
  token: string;
  expiresAt: string;
}

const confirmInput = z.object({ token: z.string().max(100) });

/**
 * A person's own data: what is kept (every registered provider) and erasing it after an explicit confirmation.
 * The person is always the caller of the turn; an id in card data is never used.
 */
export class PrivacyService {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly now: () => Date,
  ) {}

  describe(caller: Caller, locale: Locale): Promise<{ sections: PersonalDataSection[]; failed: string[] }> {
    return this.registry.describe(caller.aadObjectId, locale);
  }

  startErasure(): PendingErasure {
    return {
      token: randomUUID(),
      expiresAt: new Date(this.now().getTime() + ERASE_CONFIRM_MINUTES * 60_000).toISOString(),
    };
  }

  /** The confirmation must carry the token of the latest card, before it expires. */
  confirms(pending: unknown, cardData: unknown): boolean {
    const p = z.object({ token: z.string(), expiresAt: z.string() }).safeParse(pending);
    const input = confirmInput.safeParse(cardData);
    if (!p.success || !input.success) return false;
    return input.data.token === p.data.token && this.now().getTime() <= Date.parse(p.data.expiresAt);
  }

  erase(caller: Caller): Promise<ErasureReport> {
    return this.registry.erase(caller.aadObjectId);
  }
}
