import type { Container } from '@azure/cosmos';
import { ConflictError } from '../../domain/errors';
import type { SchedulerRepository, UpdateRepository } from '../../domain/logboek';
import type { MatchingRepository, MatchRecord } from '../../domain/matching-records';
import { SEAT_STATUSES } from '../../domain/matching-records';
import type { PersonalDataProvider } from '../../domain/personal-data';
import { translator, type MessageKey } from '../../i18n';
import { DocumentStore, withoutMeta } from '../../storage/document-store';
import { ERASED_PERSON } from './core-data';

/**
 * Logged interventions are the programme's records about schools (research data): they stay, but no longer
 * name the coach. Reminder pauses and the reminder bookkeeping are the coach's own and go.
 */
export function logboekData(updates: UpdateRepository, scheduler: SchedulerRepository): PersonalDataProvider {
  return {
    name: 'logboek',
    async describe(id, locale) {
      const [mine, pause] = await Promise.all([
        updates.listByCoach(id, { includeDeleted: true }),
        scheduler.getPause(id),
      ]);
      if (mine.length === 0 && !pause) return undefined;
      const t = translator(locale);
      return {
        title: t('privacy.logboek.title'),
        lines: [
          t('privacy.logboek.updates', {
            count: mine.length,
            schools: new Set(mine.map((u) => u.schoolId)).size,
          }),
          ...(pause ? [t('privacy.logboek.pause', { until: pause.until })] : []),
        ],
      };
    },
    async erase(id) {
      let changed = 0;
      for (const update of await updates.listByCoach(id, { includeDeleted: true })) {
        for (let attempt = 1; ; attempt++) {
          const current = attempt === 1 ? update : await updates.get(update.schoolId, update.id);
          if (!current || current.coachId !== id) break;
          try {
            await updates.replace({
              ...current,
              coachId: ERASED_PERSON,
              coachName: '',
              history: current.history.map((h) =>
                h.by === id ? { ...h, by: ERASED_PERSON, byName: '' } : h,
              ),
            });
            changed++;
            break;
          } catch (err) {
            if (!(err instanceof ConflictError) || attempt >= 3) throw err;
          }
        }
      }
      if (await scheduler.getPause(id)) {
        await scheduler.clearPause(id);
        changed++;
      }
      return changed;
    },
  };
}

/**
 * A leermeester-gezel profile goes; pairs the person is in end (their places and requests are freed) and no
 * longer carry their name. The ids stay in ended pairs so the other person's history still adds up.
 */
export function matchingData(matching: MatchingRepository): PersonalDataProvider {
  const anonymise = (m: MatchRecord, id: string): MatchRecord => ({
    ...m,
    gezel: m.gezelId === id ? { ...m.gezel, name: ERASED_PERSON } : m.gezel,
    leermeester: m.leermeesterId === id ? { ...m.leermeester, name: ERASED_PERSON } : m.leermeester,
  });
  return {
    name: 'matching',
    async describe(id, locale) {
      const [profile, pairs] = await Promise.all([
        matching.getProfile(id),
        matching.listMatches({ personId: id }),
      ]);
      if (!profile && pairs.length === 0) return undefined;
      const t = translator(locale);
      return {
        title: t('privacy.matching.title'),
        lines: [
          ...(profile
            ? [t('privacy.matching.profile', { school: profile.school, region: profile.region || '-' })]
            : []),
          ...(pairs.length > 0 ? [t('privacy.matching.pairs', { count: pairs.length })] : []),
        ],
      };
    },
    async erase(id) {
      let changed = 0;
      if (await matching.getProfile(id)) {
        await matching.restoreProfile(id, undefined);
        changed++;
      }
      for (const pair of await matching.listMatches({ personId: id })) {
        const open = pair.status === 'requested' || SEAT_STATUSES.includes(pair.status);
        if (open) {
          await matching.releaseSeat(pair.leermeesterId, pair.id);
          await matching.releaseGezel(pair.gezelId, pair.id);
        }
        const ended: MatchRecord = open
          ? { ...pair, status: 'ended', endedAt: new Date().toISOString() }
          : pair;
        await matching.saveMatch(anonymise(ended, id));
        changed++;
      }
      return changed;
    },
  };
}

/** The name field that goes with an id field: by → byName, reviewerId → reviewerName, id → name. */
function nameFieldOf(key: string): string {
  if (key === 'id') return 'name';
  return key.endsWith('Id') ? `${key.slice(0, -2)}Name` : `${key}Name`;
}

/** A copy of `node` in which every field equal to the person's id (and its name field) no longer names them. */
export function withoutPerson(node: unknown, id: string, top = true): { value: unknown; found: boolean } {
  if (Array.isArray(node)) {
    let found = false;
    const value = node.map((x) => {
      const r = withoutPerson(x, id, false);
      found ||= r.found;
      return r.value;
    });
    return { value, found };
  }
  if (typeof node !== 'object' || node === null) return { value: node, found: false };
  const out: Record<string, unknown> = { ...(node as Record<string, unknown>) };
  let found = false;
  for (const [key, v] of Object.entries(out)) {
    // A document's own id and partition key stay (they address it).
    if (top && (key === 'id' || key === 'pk')) continue;
    if (typeof v === 'string' && v.toLowerCase() === id && !key.startsWith('_')) {
      out[key] = ERASED_PERSON;
      const nameKey = nameFieldOf(key);
      if (typeof out[nameKey] === 'string') out[nameKey] = '';
      found = true;
    } else if (typeof v === 'object' && v !== null) {
      const r = withoutPerson(v, id, false);
      out[key] = r.value;
      found ||= r.found;
    }
  }
  return { value: out, found };
}

/**
 * Records of a job that mention people by id inside (applications: participants, who changed or asked what,
 * reviewers; the FAQ: who edited entries). They belong to the programme and stay, without the person's id and
 * name. Reads the whole container: for "mijn gegevens" and the CLI, never for ordinary turns.
 */
export function mentionsIn(
  name: string,
  titleKey: MessageKey,
  linesKey: MessageKey,
  container: Container,
): PersonalDataProvider {
  const docs = new DocumentStore<{ id: string; [key: string]: unknown }>(container);
  const mentioning = async (id: string) =>
    (await docs.query({ query: 'SELECT * FROM c' })).filter((d) => withoutPerson(withoutMeta(d), id).found);
  return {
    name,
    async describe(id, locale) {
      const found = await mentioning(id);
      if (found.length === 0) return undefined;
      const t = translator(locale);
      return { title: t(titleKey), lines: [t(linesKey, { count: found.length })] };
    },
    async erase(id) {
      let changed = 0;
      for (const doc of await mentioning(id)) {
        const { value } = withoutPerson(withoutMeta(doc), id);
        const pk = typeof doc.pk === 'string' ? doc.pk : doc.id;
        // A conflict (changed meanwhile) fails this provider; running the erasure again picks up the new version.
        await docs.replace(value as { id: string }, doc._etag ?? '', pk);
        changed++;
      }
      return changed;
    },
  };
}
