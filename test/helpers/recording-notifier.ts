import type { Notification, Notifier, NotifyResult } from '../../src/domain/notifier';
import type { Locale } from '../../src/i18n';

/**
 * The Notifier port for the bot tier (botbuilder's TestAdapter cannot continue conversations).
 * The real TeamsNotifier is tested over HTTP in test/integration/proactive.test.ts.
 */
export class RecordingNotifier implements Notifier {
  readonly sent: { to: string; locale: Locale; notification: Notification }[] = [];
  /** Per recipient: their locale, or 'unreachable' / 'blocked'. Unlisted people get Dutch. */
  readonly recipients = new Map<string, Locale | 'unreachable' | 'blocked'>();

  notify(aadObjectId: string, build: (locale: Locale) => Notification): Promise<NotifyResult> {
    const r = this.recipients.get(aadObjectId.toLowerCase()) ?? 'nl';
    if (r === 'unreachable' || r === 'blocked') return Promise.resolve(r);
    this.sent.push({ to: aadObjectId.toLowerCase(), locale: r, notification: build(r) });
    return Promise.resolve('sent');
  }

  to(aadObjectId: string): Notification[] {
    return this.sent.filter((s) => s.to === aadObjectId.toLowerCase()).map((s) => s.notification);
  }
}
