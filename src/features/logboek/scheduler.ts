import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { MECHANISMS, type SchedulerRepository, type UpdateRepository } from '../../domain/logboek';
import type { Notifier } from '../../domain/notifier';
import type { SchoolRepository, UserRepository } from '../../domain/repositories';
import type { School } from '../../domain/school';
import type { UserRecord } from '../../domain/user';
import { translator } from '../../i18n';
import type { Logger } from '../../logger';
import { digestCard, type DigestView } from './logboek.cards';
import { byInactivity, statsOf } from './overview';

const DAY = 24 * 60 * 60 * 1000;
const LEASE = 'logboek-scheduler';

export interface SchedulerSettings {
  reminderDays: number;
  workHours: { start: number; end: number };
  timeZone: string;
  /** Pause between two proactive sends; keeps the bot well under Teams' per-bot rate limits. */
  sendGapMs: number;
  /** How long the lease holds without renewal; a crashed instance is replaced after this. */
  leaseMs: number;
}

export interface SchedulerDeps {
  updates: UpdateRepository;
  scheduler: SchedulerRepository;
  users: UserRepository;
  schools: SchoolRepository;
  notifier: Notifier;
  bootstrapBeheerders: readonly string[];
  now: () => Date;
  log: Logger;
  sleep?: (ms: number) => Promise<void>;
}

export interface TickReport {
  leader: boolean;
  inWorkingHours: boolean;
  reminders: string[];
  digestTo: string[];
}

/**
 * Sends reminders to coaches who logged nothing for a school in N days, and the weekly digest to
 * beheerders. Runs inside the bot: every instance ticks, the one holding the lease (a Cosmos
 * document with an ETag) sends. What was sent is stored before sending, so a restart or a second
 * instance never sends it twice. Runs as the job 'logboek.reminders' (logboek.feature.ts); tests call tick()
 * (or run the job) after moving the clock.
 */
export class LogboekScheduler {
  readonly holder = `instance-${randomUUID()}`;

  constructor(
    private readonly deps: SchedulerDeps,
    private readonly settings: SchedulerSettings,
  ) {}

  /** Gives up the lease (the process stops), so another instance takes over without waiting for it to run out. */
  async release(): Promise<void> {
    await this.deps.scheduler.releaseLease(LEASE, this.holder).catch(() => undefined);
  }

  private local(): DateTime {
    return DateTime.fromJSDate(this.deps.now(), { zone: this.settings.timeZone });
  }

  inWorkingHours(): boolean {
    const t = this.local();
    const { start, end } = this.settings.workHours;
    return t.weekday <= 5 && t.hour >= start && t.hour < end;
  }

  async tick(): Promise<TickReport> {
    const report: TickReport = {
      leader: false,
      inWorkingHours: this.inWorkingHours(),
      reminders: [],
      digestTo: [],
    };
    report.leader = await this.deps.scheduler.acquireLease(
      LEASE,
      this.holder,
      this.deps.now(),
      this.settings.leaseMs,
    );
    if (!report.leader || !report.inWorkingHours) return report;
    const [users, schools] = await Promise.all([this.deps.users.list(), this.deps.schools.list()]);
    report.reminders = await this.sendReminders(users, schools);
    if (this.local().weekday === 1) report.digestTo = await this.sendDigest(users, schools);
    return report;
  }

  /**
   * Schools of this coach without an update by them in the last N days. A coach whose record changed
   * (e.g. was just linked) within those days is not chased yet.
   */
  async quietSchools(coach: UserRecord, schools: readonly School[]): Promise<School[]> {
    const since = new Date(this.deps.now().getTime() - this.settings.reminderDays * DAY).toISOString();
    if (coach.updatedAt > since) return [];
    const theirs = await this.deps.updates.listByCoach(coach.id);
    return coach.schoolIds
      .filter((id) => !theirs.some((u) => u.schoolId === id && u.createdAt >= since))
      .flatMap((id) => schools.filter((s) => s.id === id));
  }

  private async sendReminders(users: readonly UserRecord[], schools: readonly School[]): Promise<string[]> {
    const sent: string[] = [];
    const today = this.local().toISODate()!;
    for (const coach of users.filter((u) => u.roles.includes('coach') && u.schoolIds.length > 0)) {
      const pause = await this.deps.scheduler.getPause(coach.id);
      if (pause && pause.until >= today) continue;
      const quiet = await this.quietSchools(coach, schools);
      if (quiet.length === 0) continue;
      // Claimed before sending: at most one reminder per coach per N days, whoever sends it.
      const claimed = await this.deps.scheduler.claim(
        `reminder:${coach.id}`,
        this.deps.now(),
        this.settings.reminderDays * DAY,
      );
      if (!claimed) continue;
      await this.send(coach.id, (locale) => {
        const t = translator(locale);
        return {
          reason: t('logboek.reminder.reason'),
          text: t('logboek.reminder.text', {
            name: coach.name.split(' ')[0] ?? coach.name,
            schools: quiet.map((s) => s.name).join(', '),
            days: this.settings.reminderDays,
            example: quiet[0]!.shortNames[0] ?? quiet[0]!.name,
          }),
        };
      });
      sent.push(coach.id);
    }
    return sent;
  }

  /** The digest's content: quiet schools and coaches first, then this week's totals per mechanism. */
  async digest(
    users: readonly UserRecord[],
    schools: readonly School[],
  ): Promise<
    Omit<DigestView, 'totals'> & {
      totals: { mechanism: (typeof MECHANISMS)[number]; count: number }[];
    }
  > {
    const today = this.local().startOf('day');
    const all = await this.deps.updates.listAll();
    const stats = schools.map((s) => ({
      name: s.name,
      stats: statsOf(
        s.id,
        all.filter((u) => u.schoolId === s.id),
        today,
      ),
    }));
    const quietSchools = stats
      .filter(
        (s) => s.stats.daysSinceLast === undefined || s.stats.daysSinceLast >= this.settings.reminderDays,
      )
      .sort((a, b) => byInactivity(a.stats, b.stats));
    const quietCoaches: DigestView['quietCoaches'] = [];
    for (const coach of users.filter((u) => u.roles.includes('coach') && u.schoolIds.length > 0)) {
      const quiet = await this.quietSchools(coach, schools);
      if (quiet.length > 0) quietCoaches.push({ name: coach.name, schools: quiet.map((s) => s.name) });
    }
    const weekAgo = new Date(this.deps.now().getTime() - 7 * DAY).toISOString();
    const thisWeek = all.filter((u) => u.createdAt >= weekAgo);
    const totals = MECHANISMS.map((mechanism) => ({
      mechanism,
      count: thisWeek.filter((u) => u.mechanism === mechanism).length,
    }))
      .filter((x) => x.count > 0)
      .sort((a, b) => b.count - a.count);
    return {
      week: `${today.weekYear}-W${String(today.weekNumber).padStart(2, '0')}`,
      quietDays: this.settings.reminderDays,
      quietSchools,
      quietCoaches,
      totals,
      totalCount: thisWeek.length,
    };
  }

  private async sendDigest(users: readonly UserRecord[], schools: readonly School[]): Promise<string[]> {
    // Once a week, stored: a restart on Monday afternoon does not send it again.
    if (!(await this.deps.scheduler.claim('digest', this.deps.now(), 6 * DAY))) return [];
    const recipients = [
      ...new Set([
        ...users.filter((u) => u.roles.includes('beheerder')).map((u) => u.id),
        ...this.deps.bootstrapBeheerders.map((id) => id.toLowerCase()),
      ]),
    ];
    const view = await this.digest(users, schools);
    for (const id of recipients) {
      await this.send(id, (locale) => {
        const t = translator(locale);
        return {
          reason: t('logboek.digest.reason'),
          card: digestCard(t, {
            ...view,
            totals: view.totals.map((x) => ({
              label: t(`logboek.mechanismShort.${x.mechanism}`),
              count: x.count,
            })),
          }),
        };
      });
    }
    return recipients;
  }

  private async send(to: string, build: Parameters<Notifier['notify']>[1]): Promise<void> {
    try {
      const result = await this.deps.notifier.notify(to, build);
      if (result !== 'sent') this.deps.log.info({ recipient: to, result }, 'logboek message not delivered');
    } catch (err) {
      this.deps.log.warn({ err, recipient: to }, 'logboek message failed');
    }
    await (this.deps.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms))))(
      this.settings.sendGapMs,
    );
  }
}
