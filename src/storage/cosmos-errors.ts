import { ConflictError, StoreUnavailableError } from '../domain/errors';

interface CosmosLikeError {
  code?: number | string;
  statusCode?: number;
  name?: string;
}

export function statusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as CosmosLikeError;
  if (typeof e.statusCode === 'number') return e.statusCode;
  if (typeof e.code === 'number') return e.code;
  return undefined;
}

/** Turns SDK errors into the domain's: 409/412 → ConflictError; throttling, outages, timeouts → StoreUnavailableError. */
export function mapCosmosError(err: unknown): Error {
  const status = statusOf(err);
  if (status === 409 || status === 412) return new ConflictError(`cosmos ${status}`);
  if (
    status === 429 ||
    status === 503 ||
    status === 408 ||
    status === 449 ||
    status === undefined ||
    status >= 500
  ) {
    return new StoreUnavailableError(err);
  }
  return err instanceof Error ? err : new Error(String(err));
}
