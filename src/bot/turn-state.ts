import {
  TurnState,
  type DefaultConversationState,
  type DefaultTempState,
  type DefaultUserState,
} from '@microsoft/teams-ai';
import type { Storage, TurnContext } from 'botbuilder';
import { ConflictError } from '../domain/errors';

/** How many recent activity ids a conversation remembers to ignore redeliveries. */
export const RECENT_ACTIVITY_IDS = 50;

export interface ConversationState extends DefaultConversationState {
  recentActivityIds?: string[];
  [feature: string]: unknown;
}

const CONVERSATION = 'conversation';

/**
 * Turn state with only the conversation scope (one point read per turn; per-user data lives in
 * repositories). Saving merges on an ETag conflict: keys this turn changed win, the others keep
 * what the other writer stored, so two turns arriving together lose neither write.
 */
export class AppTurnState extends TurnState<ConversationState, DefaultUserState, DefaultTempState> {
  private loadedSnapshot: Record<string, unknown> = {};
  private ephemeralUser: DefaultUserState = {};
  private activityIdOnChange?: string;

  /**
   * Records the turn's activity id against redelivery, but only in a save the turn makes anyway: a turn that
   * changes nothing (help, a question) then costs no write, and a redelivered copy of it merely answers again.
   */
  rememberActivityIdIfChanged(id: string): void {
    this.activityIdOnChange = id;
  }

  // Teams AI reads `state.user` on every turn (sign-in flow check); here it is per turn, never stored.
  override get user(): DefaultUserState {
    return this.ephemeralUser;
  }

  override set user(value: DefaultUserState) {
    this.ephemeralUser = value;
  }

  protected override onComputeStorageKeys(context: TurnContext): Promise<Record<string, string>> {
    const a = context.activity;
    if (!a?.channelId || !a.recipient?.id || !a.conversation?.id) {
      throw new Error('activity without channelId, recipient or conversation');
    }
    return Promise.resolve({
      [CONVERSATION]: `${a.channelId}/${a.recipient.id}/conversations/${a.conversation.id}`,
    });
  }

  override async load(context: TurnContext, storage?: Storage): Promise<boolean> {
    const loaded = await super.load(context, storage);
    this.loadedSnapshot = JSON.parse(JSON.stringify(this.conversation)) as Record<string, unknown>;
    return loaded;
  }

  override async save(context: TurnContext, storage?: Storage): Promise<void> {
    const id = this.activityIdOnChange;
    if (id && JSON.stringify(this.conversation) !== JSON.stringify(this.loadedSnapshot)) {
      const seen = this.conversation.recentActivityIds ?? [];
      if (!seen.includes(id)) this.conversation.recentActivityIds = [...seen, id].slice(-RECENT_ACTIVITY_IDS);
    }
    try {
      await super.save(context, storage);
    } catch (err) {
      if (!(err instanceof ConflictError) || !storage) throw err;
      await this.mergeAndSave(storage);
    }
  }

  private async mergeAndSave(storage: Storage): Promise<void> {
    const key = this.getScope(CONVERSATION)?.storageKey;
    if (!key) return;
    const mine = this.conversation as Record<string, unknown>;
    for (let attempt = 1; ; attempt++) {
      const latest = ((await storage.read([key])) as Record<string, Record<string, unknown>>)[key] ?? {};
      const merged = mergeState(this.loadedSnapshot, mine, latest);
      try {
        await storage.write({ [key]: { ...merged, eTag: latest.eTag ?? '*' } });
        return;
      } catch (err) {
        if (!(err instanceof ConflictError) || attempt >= 5) throw err;
      }
    }
  }
}

/** Three-way merge at top-level keys; the recent activity ids are united. */
export function mergeState(
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  latest: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...latest };
  delete merged.eTag;
  const keys = new Set([...Object.keys(base), ...Object.keys(mine)]);
  keys.delete('eTag');
  for (const k of keys) {
    if (JSON.stringify(mine[k]) === JSON.stringify(base[k])) continue;
    if (k in mine) merged[k] = mine[k];
    else delete merged[k];
  }
  const ids = [...asStrings(latest.recentActivityIds), ...asStrings(mine.recentActivityIds)];
  if (ids.length > 0) merged.recentActivityIds = [...new Set(ids)].slice(-RECENT_ACTIVITY_IDS);
  return merged;
}

function asStrings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
