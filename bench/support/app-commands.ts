import { Application } from '@microsoft/teams-ai';
import { MemoryStorage } from 'botbuilder';
import { createApp } from '../../src/app';
import type { AppDeps } from '../../src/bot/feature';
import { loadConfig } from '../../src/config';
import { AccessService } from '../../src/domain/access';
import type { SchoolRepository, UserRepository } from '../../src/domain/repositories';
import { createLogger } from '../../src/logger';

/**
 * Every command (anchored RegExp) the real app's features register, read while the app is built. Nothing runs:
 * the store behind the deps is never asked (a read would throw).
 */
export function appCommands(): Promise<RegExp[]> {
  const found: RegExp[] = [];
  const proto = Application.prototype as unknown as { message: (...args: unknown[]) => unknown };
  const original = proto.message;
  proto.message = function (this: unknown, keyword: unknown, ...rest: unknown[]) {
    for (const k of Array.isArray(keyword) ? keyword : [keyword]) if (k instanceof RegExp) found.push(k);
    return original.call(this, keyword, ...rest);
  };
  try {
    const unavailable = new Proxy(
      {},
      { get: () => () => Promise.reject(new Error('no store in this bench')) },
    );
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const deps = {
      config,
      log: createLogger('silent'),
      access: new AccessService(unavailable as UserRepository, []),
      users: unavailable as UserRepository,
      schools: unavailable as SchoolRepository,
      containers: new Proxy({}, { get: () => unavailable }),
      notifier: unavailable,
      now: () => new Date(),
    } as unknown as AppDeps;
    createApp({ deps, storage: new MemoryStorage() });
  } finally {
    proto.message = original;
  }
  return Promise.resolve(found);
}
