import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../src/config';

describe('export link settings', () => {
  it('When nothing is set, then links last 15 minutes, use a secret from the store and the listening address', () => {
    assert.deepEqual(loadConfig({}).exports, {
      linkSecret: undefined,
      linkMinutes: 15,
      publicUrl: undefined,
    });
    assert.deepEqual(loadConfig({ EXPORT_LINK_SECRET: '', PUBLIC_URL: '' }).exports.linkSecret, undefined);
  });

  it('When a secret, minutes and a public URL are given, then they are used (the URL without a trailing slash)', () => {
    const secret = 'x'.repeat(32);
    assert.deepEqual(
      loadConfig({
        EXPORT_LINK_SECRET: secret,
        EXPORT_LINK_MINUTES: '5',
        PUBLIC_URL: 'https://kw.example.org/',
      }).exports,
      { linkSecret: secret, linkMinutes: 5, publicUrl: 'https://kw.example.org' },
    );
  });

  it('When the secret is short, the minutes out of range or the URL not one, then every problem is reported', () => {
    assert.throws(
      () =>
        loadConfig({ EXPORT_LINK_SECRET: 'short', EXPORT_LINK_MINUTES: '0', PUBLIC_URL: 'kw.example.org' }),
      (err: unknown) =>
        err instanceof ConfigError &&
        ['EXPORT_LINK_SECRET', 'EXPORT_LINK_MINUTES', 'PUBLIC_URL'].every((k) =>
          err.problems.some((p) => p.startsWith(k)),
        ),
    );
  });
});
