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
  list(): Promise<School[]>;
  save(school: School): Promise<School>;
}
