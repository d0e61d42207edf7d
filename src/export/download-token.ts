import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Short-lived signed download links: `<payload>.<signature>`, both base64url. The payload names who asked,
 * what to export and until when; the HMAC makes it unforgeable, so the bot keeps no table of links. Each
 * link works once per process (a used nonce is remembered until the link would have expired anyway).
 */

export interface TokenPayload<P> {
  /** aadObjectId of the beheerder who asked. */
  sub: string;
  /** Expiry, epoch milliseconds. */
  exp: number;
  nonce: string;
  params: P;
}

export type TokenCheck<P> =
  | { ok: true; payload: TokenPayload<P> }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' | 'used' };

const MAX_TOKEN_LENGTH = 2048;

const sign = (secret: string, body: string): Buffer => createHmac('sha256', secret).update(body).digest();

export function signToken<P>(secret: string, payload: Omit<TokenPayload<P>, 'nonce'>): string {
  const body = Buffer.from(
    JSON.stringify({ ...payload, nonce: randomBytes(12).toString('base64url') }),
  ).toString('base64url');
  return `${body}.${sign(secret, body).toString('base64url')}`;
}

/** Checks signature and expiry only; `OneTimeTokens.use` also spends it. */
export function readToken<P>(secret: string, token: string, now: number): TokenCheck<P> {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: 'malformed' };
  const [body, mac, extra] = token.split('.');
  if (!body || !mac || extra !== undefined) return { ok: false, reason: 'malformed' };
  const expected = sign(secret, body);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'signature' };
  }
  let payload: TokenPayload<P>;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenPayload<P>;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (
    typeof payload.exp !== 'number' ||
    typeof payload.sub !== 'string' ||
    typeof payload.nonce !== 'string'
  ) {
    return { ok: false, reason: 'malformed' };
  }
  if (payload.exp <= now) return { ok: false, reason: 'expired' };
  return { ok: true, payload };
}

/** Remembers spent nonces until their link expires. */
export class OneTimeTokens {
  private readonly spent = new Map<string, number>();

  /** True the first time a nonce is used; false after. */
  use(nonce: string, exp: number, now: number): boolean {
    for (const [n, e] of this.spent) if (e <= now) this.spent.delete(n);
    if (this.spent.has(nonce)) return false;
    this.spent.set(nonce, exp);
    return true;
  }

  /** Gives a nonce back (the download failed before anything was sent). */
  release(nonce: string): void {
    this.spent.delete(nonce);
  }
}
