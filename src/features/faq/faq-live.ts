import { roundPhase, type Round } from '../../domain/round';
import { translator, type MessageKey } from '../../i18n';
import { Formatter } from '../aanmelding/aanmelding.format';
import { FAQ_LOCALES, type FaqEntry, type FaqLocale, type LiveKey, type LocalizedEntry } from './faq-entry';

/**
 * Answers that depend on a round (deadline, decision date, places, budget) are filled from the round data when
 * the answer is given. The entry's own text is the seed's history ("In 2021 was de deadline …"): it is kept as
 * history next to a current round, or said to be over when there is none.
 */

export interface RoundSource {
  list(): Promise<Round[]>;
}

/**
 * The rounds kept in memory for `ttlMs` (60 s by default), so an FAQ answer costs no query on a warm instance:
 * rounds change a few times a year, and a changed round shows here within a minute.
 */
export class CachedRounds implements RoundSource {
  private cached: { at: number; rounds: Promise<Round[]> } | undefined;

  constructor(
    private readonly store: RoundSource,
    private readonly ttlMs = 60_000,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  async list(): Promise<Round[]> {
    const now = this.clock();
    let entry = this.cached;
    if (!entry || now - entry.at >= this.ttlMs) {
      const fetched = { at: now, rounds: this.store.list() };
      this.cached = entry = fetched;
      // Concurrent turns share one read; a failed read is not kept.
      fetched.rounds.catch(() => {
        if (this.cached === fetched) this.cached = undefined;
      });
    }
    return entry.rounds;
  }
}

/** The round an answer is about: the open one, else the next, else (for facts that stay true) the last. */
function roundFor(
  rounds: readonly Round[],
  now: Date,
): { round: Round; phase: 'open' | 'upcoming' | 'closed' } | undefined {
  const byPhase = (phase: 'open' | 'upcoming' | 'closed') =>
    rounds.filter((r) => roundPhase(r, now) === phase);
  const open = byPhase('open').sort((a, b) => a.closesAt.localeCompare(b.closesAt))[0];
  if (open) return { round: open, phase: 'open' };
  const upcoming = byPhase('upcoming').sort((a, b) => a.opensAt.localeCompare(b.opensAt))[0];
  if (upcoming) return { round: upcoming, phase: 'upcoming' };
  const last = byPhase('closed').sort((a, b) => b.closesAt.localeCompare(a.closesAt))[0];
  return last ? { round: last, phase: 'closed' } : undefined;
}

const yearOf = (text: string): string | undefined => /\b(20\d\d)\b/.exec(text)?.[1];

function localized(
  key: LiveKey,
  seed: LocalizedEntry,
  locale: FaqLocale,
  found: ReturnType<typeof roundFor>,
  now: Date,
  zone: string,
): Pick<LocalizedEntry, 'answer' | 'detail'> {
  const t = translator(locale);
  const f = new Formatter(locale, found?.round.timeZone ?? zone);
  const seedYear = yearOf(seed.answer);
  const over = seedYear ? t('faq.live.overIn', { year: seedYear }) : t('faq.live.over');
  const history = (extra: MessageKey) => ({
    answer: `${seed.answer} ${over} ${t(extra)}`,
    detail: seed.detail,
  });
  // The seed's text next to a round of another year, said to be over.
  const past = (round: Round) =>
    seedYear && seedYear !== round.closesAt.slice(0, 4) ? ` ${seed.answer} ${over}` : '';
  const decision = (round: Round) => t('faq.live.decision', { date: f.date(round.decisionDate) });
  const name = found?.round.name ?? '';

  switch (key) {
    case 'round.deadline': {
      if (!found || found.phase === 'closed') return history('faq.live.noneOpen');
      const { round } = found;
      const closes = f.dateTime(round.closesAt);
      const answer =
        found.phase === 'open'
          ? t('faq.live.deadline.open', { round: name, closes })
          : t('faq.live.deadline.upcoming', { round: name, opens: f.dateTime(round.opensAt), closes });
      return { answer, detail: `${decision(round)}${past(round)}` };
    }
    case 'round.decision': {
      const round = found?.round;
      const today = now.toISOString().slice(0, 10);
      if (!round || (found.phase === 'closed' && round.decisionDate < today))
        return history('faq.live.noneOpen');
      return { answer: `${decision(round)} (${name})`, detail: `${seed.detail}${past(round)}` };
    }
    case 'round.places':
      if (!found) return seed;
      return { answer: t('faq.live.places', { round: name, places: found.round.places }), detail: '' };
    case 'round.budget':
      if (!found) return seed;
      return {
        answer: t('faq.live.budget', {
          round: name,
          amount: f.euro(found.round.budget.perSchoolYear),
          own: f.euro(found.round.budget.ownContributionMin),
        }),
        detail: '',
      };
  }
}

/** The entry as it should be answered now: unchanged without a `live` key. */
export function withLiveData(entry: FaqEntry, rounds: readonly Round[], now: Date, zone: string): FaqEntry {
  const key = entry.live;
  if (!key) return entry;
  const found = roundFor(rounds, now);
  const out: FaqEntry = { ...entry };
  for (const locale of FAQ_LOCALES) {
    out[locale] = { ...entry[locale], ...localized(key, entry[locale], locale, found, now, zone) };
  }
  return out;
}
