export const ROLES = ['medewerker', 'coach', 'schoolleider', 'beoordelaar', 'beheerder'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** A person known to the bot, keyed by their Entra ID (AAD) object id. */
export interface UserRecord {
  id: string;
  name: string;
  /** Stored roles; `medewerker` is implied for everyone and never stored. */
  roles: Role[];
  /** Schools a coach or school leader works for (school ids). */
  schoolIds: string[];
  updatedAt: string;
  updatedBy: string;
  etag?: string;
}

/** The person behind the current turn, with the roles that are in force. */
export interface Caller {
  aadObjectId: string;
  name: string;
  tenantId: string;
  roles: ReadonlySet<Role>;
  schoolIds: readonly string[];
}

export const MAX_SCHOOLS_PER_COACH = 5;
