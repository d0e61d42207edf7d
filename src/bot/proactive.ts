import {
  CardFactory,
  MessageFactory,
  type BotAdapter,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import type {
  ConversationReferenceRecord,
  ConversationReferenceRepository,
  Notification,
  Notifier,
  NotifyResult,
} from '../domain/notifier';
import { resolveLocale, type Locale } from '../i18n';
import type { Logger } from '../logger';
import { statusOf } from '../storage/cosmos-errors';
import { identityOf, tenantOf } from './turn';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An erasure by the CLI (another process) is noticed at the latest after this long. */
const REMEMBER_AGAIN_AFTER_MS = 60 * 60 * 1000;

/**
 * Remembers each person's personal chat (one write when it is new or changed, not per turn) and
 * sends proactive messages there, backing off on Teams' 429 and marking 403 (app removed) as blocked.
 */
export class TeamsNotifier implements Notifier {
  /** Per person: what was last stored and when; stored again when it changed or grew old (e.g. erased meanwhile). */
  private readonly known = new Map<string, { signature: string; at: number }>();

  constructor(
    private readonly adapter: BotAdapter,
    private readonly botAppId: string,
    private readonly refs: ConversationReferenceRepository,
    private readonly log: Logger,
    private readonly defaultLocale: Locale = 'nl',
  ) {}

  /** Called on every turn; only personal chats are remembered. */
  async remember(context: TurnContext, allowChannelIdFallback: boolean): Promise<void> {
    const a = context.activity;
    if (a.conversation?.conversationType && a.conversation.conversationType !== 'personal') return;
    const identity = identityOf(context, allowChannelIdFallback);
    if (!identity || !a.serviceUrl || !a.conversation?.id || !a.from?.id || !a.recipient?.id) return;
    const locale = resolveLocale(a.locale, this.defaultLocale);
    const name = (a.from.name ?? '').trim().slice(0, 120) || undefined;
    const signature = [a.conversation.id, a.serviceUrl, locale, name].join('|');
    const known = this.known.get(identity.aadObjectId);
    if (known?.signature === signature && Date.now() - known.at < REMEMBER_AGAIN_AFTER_MS) return;
    await this.refs.put({
      id: identity.aadObjectId,
      name,
      locale,
      serviceUrl: a.serviceUrl,
      conversationId: a.conversation.id,
      tenantId: tenantOf(context),
      userId: a.from.id,
      botId: a.recipient.id,
      channelId: a.channelId,
      updatedAt: new Date().toISOString(),
    });
    this.known.set(identity.aadObjectId, { signature, at: Date.now() });
  }

  forget(aadObjectId: string): void {
    this.known.delete(aadObjectId.toLowerCase());
  }

  async notify(aadObjectId: string, build: (locale: Locale) => Notification): Promise<NotifyResult> {
    const ref = await this.refs.get(aadObjectId);
    if (!ref) return 'unreachable';
    if (ref.blocked) return 'blocked';
    const content = build(ref.locale);
    const activity = content.card
      ? MessageFactory.attachment(CardFactory.adaptiveCard(content.card), `_${content.reason}_`)
      : MessageFactory.text(`${content.text ?? ''}\n\n_${content.reason}_`);
    for (let attempt = 1; ; attempt++) {
      try {
        // Catch inside the callback: an error escaping it would go to app.error, which would
        // swallow it and try to send an apology into the very chat that failed.
        let failure: unknown;
        await this.adapter.continueConversationAsync(this.botAppId, toReference(ref), async (ctx) => {
          try {
            await ctx.sendActivity(activity);
          } catch (err) {
            failure = err;
          }
        });
        // Rethrown as is: its statusCode (403, 429) decides what happens next.
        if (failure !== undefined) throw failure as Error;
        return 'sent';
      } catch (err) {
        const status = statusOf(err);
        if (status === 403) {
          await this.refs.put({ ...ref, blocked: true, updatedAt: new Date().toISOString() });
          this.known.delete(aadObjectId);
          return 'blocked';
        }
        if ((status === 429 || (status !== undefined && status >= 500)) && attempt < 4) {
          await sleep(500 * 2 ** attempt);
          continue;
        }
        this.log.warn({ err, status, recipient: aadObjectId }, 'proactive message failed');
        throw err;
      }
    }
  }
}

function toReference(ref: ConversationReferenceRecord): Partial<ConversationReference> {
  return {
    channelId: ref.channelId,
    serviceUrl: ref.serviceUrl,
    conversation: {
      id: ref.conversationId,
      tenantId: ref.tenantId,
      conversationType: 'personal',
      isGroup: false,
      name: '',
    },
    user: { id: ref.userId, name: '' },
    bot: { id: ref.botId, name: 'Kansenwijzer' },
  };
}
