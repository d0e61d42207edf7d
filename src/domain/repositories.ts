import type { School } from './school';
import type { UserRecord } from './user';

/** Repositories hide the store: not-found is `undefined`; a stale `etag` throws ConflictError. */
export interface UserRepository {
  get(id: string): Promise<UserRecord | undefined>;
  list(): Promise<UserRecord[]>;
  /** Creates when `etag` is absent (ConflictError if it exists), otherwise replaces if unchanged. */
  save(user: UserRecord): Promise<UserRecord>;
}

export interface SchoolRepository {
  get(id: string): Promise<School | undefined>;
  /**
   * Every school, by name. May come from a short-lived cache (schools change a few times a year and the
   * logbook reads them on every message); `fresh` reads the store, for checks that must see a school just
   * added by another instance or the CLI.
   */
  list(options?: { fresh?: boolean }): Promise<School[]>;
  save(school: School): Promise<School>;
}
