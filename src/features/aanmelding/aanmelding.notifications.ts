import type { Actor, Application } from '../../domain/application';
import type { Notification, Notifier } from '../../domain/notifier';
import type { Round } from '../../domain/round';
import type { Logger } from '../../logger';
import { questionCard } from './aanmelding.cards';
import { statusCard } from './aanmelding-status.cards';
import { Formatter } from './aanmelding.format';

/**
 * The proactive messages of the application process, each in the recipient's language and each
 * saying why it was sent. A failed send is logged, never undoes what was saved.
 */
export class ApplicationNotifications {
  constructor(
    private readonly notifier: Notifier,
    private readonly log: Logger,
    private readonly now: () => Date,
    private readonly zone = 'Europe/Amsterdam',
  ) {}

  private async send(recipients: string[], build: (f: Formatter) => Notification): Promise<void> {
    for (const id of [...new Set(recipients.map((r) => r.toLowerCase()))]) {
      try {
        const result = await this.notifier.notify(id, (locale) => build(new Formatter(locale, this.zone)));
        if (result !== 'sent')
          this.log.info({ recipient: id, result }, 'application notification not delivered');
      } catch (err) {
        this.log.warn({ err, recipient: id }, 'application notification failed');
      }
    }
  }

  private static others(app: Application, actor: Actor): string[] {
    return app.participants.map((p) => p.id).filter((id) => id !== actor.id);
  }

  private static reason(f: Formatter, app: Application): string {
    return f.t('aanmelding.notify.reasonParticipant', { school: app.schoolName });
  }

  submitted(app: Application, round: Round, actor: Actor): Promise<void> {
    return this.send(ApplicationNotifications.others(app, actor), (f) => ({
      reason: ApplicationNotifications.reason(f, app),
      text: f.t('aanmelding.notify.submitted', {
        name: actor.name,
        school: app.schoolName,
        reference: app.reference ?? '',
        decision: f.date(round.decisionDate),
      }),
    }));
  }

  joined(app: Application, _round: Round, actor: Actor): Promise<void> {
    return this.send(ApplicationNotifications.others(app, actor), (f) => ({
      reason: ApplicationNotifications.reason(f, app),
      text: f.t('aanmelding.notify.joined', { name: actor.name, school: app.schoolName }),
    }));
  }

  discarded(app: Application, _round: Round, actor: Actor): Promise<void> {
    return this.send(ApplicationNotifications.others(app, actor), (f) => ({
      reason: ApplicationNotifications.reason(f, app),
      text: f.t('aanmelding.notify.discarded', { name: actor.name, school: app.schoolName }),
    }));
  }

  /** Everyone on the application gets the question as a card they can answer in. */
  questionAsked(
    _before: Application,
    after: Application,
    round: Round,
    questionId: string,
    actor: Actor,
  ): Promise<void> {
    const q = after.questions.find((x) => x.id === questionId);
    if (!q) return Promise.resolve();
    return this.send(ApplicationNotifications.others(after, actor), (f) => ({
      reason: ApplicationNotifications.reason(f, after),
      card: questionCard(f, round, after, q),
    }));
  }

  async answered(
    before: Application,
    after: Application,
    _round: Round,
    questionId: string,
    actor: Actor,
  ): Promise<void> {
    const q = after.questions.find((x) => x.id === questionId);
    if (q?.answer === undefined) return;
    const answer = q.answer;
    await this.send(
      [q.askedBy].filter((id) => id !== actor.id),
      (f) => ({
        reason: f.t('aanmelding.notify.reasonAsker', { school: after.schoolName }),
        text: f.t('aanmelding.notify.answered', {
          name: actor.name,
          school: after.schoolName,
          answer: Formatter.clip(answer, 1500),
        }),
      }),
    );
    if (after.status !== before.status) {
      await this.send(ApplicationNotifications.others(after, actor), (f) => ({
        reason: ApplicationNotifications.reason(f, after),
        text: f.t('aanmelding.notify.answeredParticipant', {
          name: actor.name,
          school: after.schoolName,
          status: f.t(`aanmelding.status.${after.status}`),
        }),
      }));
    }
  }

  /** A status the expert group or a beheerder set: review started, or a decision with its reason. */
  statusChanged(app: Application, round: Round, actor: Actor): Promise<void> {
    const values = { school: app.schoolName, programme: round.programme, reason: app.decision?.reason ?? '' };
    const status = app.status;
    if (status !== 'in-beoordeling' && status !== 'geselecteerd' && status !== 'niet-geselecteerd') {
      // The other changes have their own messages (submitted, questionAsked, answered).
      this.log.warn({ status }, 'no status message for this status');
      return Promise.resolve();
    }
    return this.send(ApplicationNotifications.others(app, actor), (f) => {
      const reason = ApplicationNotifications.reason(f, app);
      // Not selected: the status card carries the reason and the button to ask for a conversation.
      if (status === 'niet-geselecteerd')
        return { reason, card: statusCard(f, [{ app, round }], this.now()) };
      return { reason, text: f.t(`aanmelding.notify.${status}`, values) };
    });
  }

  followUpRequested(app: Application, _round: Round, actor: Actor): Promise<void> {
    if (!app.decision) return Promise.resolve();
    return this.send([app.decision.by], (f) => ({
      reason: f.t('aanmelding.notify.reasonDecider', { school: app.schoolName }),
      text: f.t('aanmelding.notify.followUp', {
        name: actor.name,
        school: app.schoolName,
        email: app.fields.contactEmail ?? '',
        phone: app.fields.contactPhone ?? '',
      }),
    }));
  }
}
