import type { Container } from '@azure/cosmos';
import { DateTime } from 'luxon';
import { ConflictError } from '../../domain/errors';
import type { PersonalDataProvider } from '../../domain/personal-data';
import { isRole } from '../../domain/user';
import { translator, type Locale } from '../../i18n';
import { storageKeyToId } from '../../storage/bot-state-storage';
import type { ContainerName } from '../../storage/containers';
import { DocumentStore, withoutMeta } from '../../storage/document-store';

export interface PersonalDataDeps {
  containers: Record<ContainerName, Container>;
  timeZone: string;
}

/** Shown instead of a person's id where others' records keep a "changed by" after that person was erased. */
export const ERASED_PERSON = 'verwijderd';

type Doc = { id: string; pk?: string; type?: string; [key: string]: unknown };

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function date(iso: unknown, locale: Locale, timeZone: string): string {
  const d = DateTime.fromISO(text(iso), { zone: timeZone });
  return d.isValid
    ? d.setLocale(locale === 'nl' ? 'nl-NL' : 'en-GB').toLocaleString(DateTime.DATE_FULL)
    : '-';
}

/** The user record: name, roles and schools as a beheerder set them. */
export function profileData({ containers, timeZone }: PersonalDataDeps): PersonalDataProvider {
  const docs = new DocumentStore<Doc>(containers.directory);
  return {
    name: 'profile',
    async describe(id, locale) {
      const user = await docs.read(id, 'user');
      if (!user) return undefined;
      const t = translator(locale);
      const roles = (Array.isArray(user.roles) ? user.roles : []).filter(isRole).map((r) => t(`role.${r}`));
      const schoolIds = Array.isArray(user.schoolIds) ? user.schoolIds.map(text) : [];
      const names = await Promise.all(
        schoolIds.map(async (sid) => text((await docs.read(sid, 'school'))?.name) || sid),
      );
      return {
        title: t('privacy.profile.title'),
        lines: [
          t('privacy.profile.name', { name: text(user.name) || '-' }),
          t('privacy.profile.roles', { roles: [t('role.medewerker'), ...roles].join(', ') }),
          t('privacy.profile.schools', { schools: names.join(', ') || t('admin.roles.noSchools') }),
          t('privacy.profile.updated', { date: date(user.updatedAt, locale, timeZone) }),
        ],
      };
    },
    async erase(id) {
      const existed = await docs.read(id, 'user');
      await docs.delete(id, 'user');
      return existed ? 1 : 0;
    },
  };
}

/**
 * The personal chat: where the bot can reach the person (conversation reference) and the conversation state
 * of that chat (which step they are in, the ids of recent messages). One provider, because the state is found
 * through the reference.
 */
export function chatData({ containers, timeZone }: PersonalDataDeps): PersonalDataProvider {
  const refs = new DocumentStore<Doc>(containers.directory);
  const states = new DocumentStore<Doc>(containers.botstate);
  const stateIdOf = (ref: Doc): string | undefined => {
    const [channelId, botId, conversationId] = [ref.channelId, ref.botId, ref.conversationId].map(text);
    return channelId && botId && conversationId
      ? storageKeyToId(`${channelId}/${botId}/conversations/${conversationId}`)
      : undefined;
  };
  return {
    name: 'chat',
    async describe(id, locale) {
      const ref = await refs.read(id, 'convref');
      if (!ref) return undefined;
      const t = translator(locale);
      const stateId = stateIdOf(ref);
      const state = stateId ? await states.read(stateId, stateId) : undefined;
      const kept = state && typeof state.state === 'object' && state.state !== null ? state.state : {};
      const parts = Object.keys(kept).filter((k) => k !== 'recentActivityIds' && k !== 'eTag');
      const ids = Array.isArray((kept as Doc).recentActivityIds)
        ? ((kept as Doc).recentActivityIds as unknown[]).length
        : 0;
      return {
        title: t('privacy.chat.title'),
        lines: [
          t('privacy.chat.reference', {
            language: t(text(ref.locale) === 'en' ? 'privacy.language.en' : 'privacy.language.nl'),
            date: date(ref.updatedAt, locale, timeZone),
          }),
          ...(text(ref.name) ? [t('privacy.chat.name', { name: text(ref.name) })] : []),
          ...(ref.blocked ? [t('privacy.chat.blocked')] : []),
          parts.length > 0 ? t('privacy.chat.steps', { parts: parts.join(', ') }) : t('privacy.chat.noSteps'),
          ...(ids > 0 ? [t('privacy.chat.messageIds', { count: ids })] : []),
        ],
      };
    },
    async erase(id) {
      const ref = await refs.read(id, 'convref');
      if (!ref) return 0;
      const stateId = stateIdOf(ref);
      // The state first: it is found through the reference, so a failure here can be retried.
      if (stateId) await states.delete(stateId, stateId);
      await refs.delete(id, 'convref');
      return stateId ? 2 : 1;
    },
  };
}

/** Records of others (schools, roles) that name this person as the last to change them. */
export function authorshipData({ containers }: PersonalDataDeps): PersonalDataProvider {
  const docs = new DocumentStore<Doc>(containers.directory);
  const changedBy = async (id: string, pk: 'school' | 'user'): Promise<Doc[]> =>
    docs.query(
      {
        query: 'SELECT * FROM c WHERE c.pk = @pk AND c.updatedBy = @id',
        parameters: [
          { name: '@pk', value: pk },
          { name: '@id', value: id },
        ],
      },
      pk,
    );
  return {
    name: 'authorship',
    async describe(id, locale) {
      const [schools, users] = await Promise.all([changedBy(id, 'school'), changedBy(id, 'user')]);
      // A person's own record, changed by themselves, is described by the profile already.
      const others = users.filter((u) => u.id !== id);
      if (schools.length === 0 && others.length === 0) return undefined;
      const t = translator(locale);
      return {
        title: t('privacy.authorship.title'),
        lines: [t('privacy.authorship.counts', { schools: schools.length, roles: others.length })],
      };
    },
    async erase(id) {
      let changed = 0;
      for (const pk of ['school', 'user'] as const) {
        for (const doc of await changedBy(id, pk)) {
          // A conflict means someone changed it meanwhile, and then it no longer names this person.
          try {
            await docs.replace({ ...withoutMeta(doc), updatedBy: ERASED_PERSON }, text(doc._etag), pk);
            changed++;
          } catch (err) {
            if (!(err instanceof ConflictError)) throw err;
          }
        }
      }
      return changed;
    },
  };
}
