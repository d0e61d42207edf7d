import type { AdaptiveCardJson } from '../cards/render';
import type { Locale } from '../i18n';

/** What a proactive message carries. `reason` tells the recipient why they get it (always shown). */
export interface Notification {
  reason: string;
  text?: string;
  card?: AdaptiveCardJson;
}

/** sent; unreachable = we never had a personal chat with them; blocked = they removed the app. */
export type NotifyResult = 'sent' | 'unreachable' | 'blocked';

/**
 * Sends a message to a person outside a turn (status changes, match requests, reminders). The
 * content is built in the recipient's own language.
 */
export interface Notifier {
  notify(aadObjectId: string, build: (locale: Locale) => Notification): Promise<NotifyResult>;
  /** Drops what this process remembers about reaching a person (after their data was erased). */
  forget?(aadObjectId: string): void;
}

/** Where a person can be reached: their personal chat with the bot, remembered from their last turn. */
export interface ConversationReferenceRecord {
  id: string;
  /** Their Teams display name, so a beheerder can find them by name when giving a role. */
  name?: string;
  locale: Locale;
  serviceUrl: string;
  conversationId: string;
  tenantId: string;
  userId: string;
  botId: string;
  channelId: string;
  blocked?: boolean;
  updatedAt: string;
}

export interface ConversationReferenceRepository {
  get(aadObjectId: string): Promise<ConversationReferenceRecord | undefined>;
  put(record: ConversationReferenceRecord): Promise<void>;
}
