import { ForbiddenError } from './errors';
import type { UserRepository } from './repositories';
import type { Caller, Role, UserRecord } from './user';

export interface Identity {
  aadObjectId: string;
  name: string;
  tenantId: string;
}

/**
 * The one place that decides who may do what. Everyone is `medewerker`; the bootstrap beheerders
 * from configuration are `beheerder` even before anything is stored.
 */
export class AccessService {
  private readonly bootstrap: ReadonlySet<string>;

  constructor(
    private readonly users: UserRepository,
    bootstrapBeheerders: readonly string[],
  ) {
    this.bootstrap = new Set(bootstrapBeheerders.map((id) => id.toLowerCase()));
  }

  isBootstrapBeheerder(aadObjectId: string): boolean {
    return this.bootstrap.has(aadObjectId.toLowerCase());
  }

  async callerFor(identity: Identity): Promise<Caller> {
    const record = await this.users.get(identity.aadObjectId);
    return this.toCaller(identity, record);
  }

  toCaller(identity: Identity, record: UserRecord | undefined): Caller {
    const roles = new Set<Role>(['medewerker', ...(record?.roles ?? [])]);
    if (this.isBootstrapBeheerder(identity.aadObjectId)) roles.add('beheerder');
    return {
      aadObjectId: identity.aadObjectId.toLowerCase(),
      name: record?.name || identity.name,
      tenantId: identity.tenantId,
      roles,
      schoolIds: record?.schoolIds ?? [],
    };
  }
}

export function requireRole(caller: Caller, role: Role): void {
  if (!caller.roles.has(role)) throw new ForbiddenError(role);
}

export function hasRole(caller: Caller, role: Role): boolean {
  return caller.roles.has(role);
}
