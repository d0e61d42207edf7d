import type { ZodError, ZodType, ZodTypeDef } from 'zod';
import type { MessageKey } from '../i18n';

/**
 * An error whose message is safe to show: it carries a text key (and values), never free text,
 * so what a user reads always comes from the language files.
 */
export class DomainError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly values: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = 'DomainError';
  }
}

export class ForbiddenError extends DomainError {
  constructor(readonly requiredRole: string) {
    super('error.forbidden', { role: requiredRole });
    this.name = 'ForbiddenError';
  }
}

export class ValidationError extends DomainError {
  constructor(
    readonly fieldErrors: Record<string, MessageKey>,
    messageKey: MessageKey = 'error.validation',
  ) {
    super(messageKey);
    this.name = 'ValidationError';
  }
}

/** A stale write (ETag mismatch) or a create that lost a race; services decide how to resolve it. */
export class ConflictError extends Error {
  constructor(message = 'conflict') {
    super(message);
    this.name = 'ConflictError';
  }
}

/** The store did not answer in time or refused (throttling, outage): the user's input must be kept to retry. */
export class StoreUnavailableError extends Error {
  constructor(override readonly cause?: unknown) {
    super('store unavailable');
    this.name = 'StoreUnavailableError';
  }
}

/** A form's zod issues as one message key per field: the field's own key, else the generic one. */
export function fieldErrorsOf(
  error: ZodError,
  keys: Partial<Record<string, MessageKey>>,
): Record<string, MessageKey> {
  const out: Record<string, MessageKey> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    out[field] = keys[field] ?? 'error.validation';
  }
  return out;
}

/** Untrusted form data through its schema; a ValidationError with one message key per wrong field otherwise. */
export function parseForm<T>(
  schema: ZodType<T, ZodTypeDef, unknown>,
  raw: unknown,
  keys: Partial<Record<string, MessageKey>>,
): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error, keys));
  return parsed.data;
}
