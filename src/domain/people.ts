/** Someone a beheerder can give a role: a person the bot has met (chatted with it, or in the team's roster). */
export interface Person {
  /** Entra ID (AAD) object id, lower case. */
  id: string;
  name: string;
}

/**
 * An Entra object id is a GUID. The Microsoft 365 Agents Playground's test users have 13 digits in the last
 * group (e.g. 00000000-0000-0000-0000-0000000000020), so up to 16 are accepted; a cut id still fails the
 * existence check, which is what keeps phantom people out.
 */
export const OBJECT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12,16}$/i;
export const OBJECT_ID_MAX_LENGTH = 40;

export function isObjectId(value: string): boolean {
  return value.length <= OBJECT_ID_MAX_LENGTH && OBJECT_ID_PATTERN.test(value);
}

/** People the bot knows about, found by name or id; not-found is undefined. */
export interface PeopleDirectory {
  search(query: string, limit: number): Promise<Person[]>;
  find(id: string): Promise<Person | undefined>;
}

/** Lower case without accents, for "zoek op naam": "Jose" finds "José". */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * People whose name (or id) contains every word of the query, best first: a name that starts with the
 * query, then the rest by name. An empty query lists everyone by name.
 */
export function matchPeople(people: readonly Person[], query: string, limit: number): Person[] {
  const words = searchKey(query).split(' ').filter(Boolean);
  const byId = new Map<string, Person>();
  for (const p of people) if (!byId.has(p.id)) byId.set(p.id, p);
  const hits = [...byId.values()].filter((p) => {
    const key = `${searchKey(p.name)} ${p.id}`;
    return words.every((w) => key.includes(w));
  });
  const q = words.join(' ');
  const rank = (p: Person) => (q && searchKey(p.name).startsWith(q) ? 0 : 1);
  return hits
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'nl'))
    .slice(0, Math.max(0, limit));
}
