import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { resolveLocale, translator } from '../../src/i18n';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('i18n', () => {
  it('When a Teams locale is given, then en-* gets English and everything else the default (Dutch)', () => {
    assert.equal(resolveLocale('en-US'), 'en');
    assert.equal(resolveLocale('en-gb'), 'en');
    assert.equal(resolveLocale('nl-NL'), 'nl');
    assert.equal(resolveLocale('de-DE'), 'nl');
    assert.equal(resolveLocale(undefined), 'nl');
    assert.equal(resolveLocale('fr-FR', 'en'), 'en');
  });

  it('When a text has placeholders, then the English text has the same ones', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      assert.deepEqual(placeholders(en[key]), placeholders(nl[key]), key);
      assert.ok(en[key].trim().length > 0, `${key} is empty in English`);
    }
  });

  it('When values are given, then they are filled in and unknown placeholders stay visible', () => {
    const t = translator('nl');
    assert.equal(t('unknown.tooLong', { length: 12000, max: 4000 }).includes('12000'), true);
    assert.equal(translator('en')('error.forbidden', {}), en['error.forbidden']);
  });
});

describe('i18n modules', () => {
  it('When feature text modules are combined, then no key is defined twice (a later one would silently win)', () => {
    const seen = new Map<string, string>();
    for (const lang of ['nl', 'en']) {
      const dir = path.join(__dirname, '..', '..', 'src', 'i18n', lang);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const mod = require(path.join(dir, file)) as Record<string, Record<string, string>>;
        for (const texts of Object.values(mod)) {
          for (const key of Object.keys(texts)) {
            const where = `${lang}/${file}`;
            const before = seen.get(`${lang}:${key}`);
            assert.equal(before, undefined, `${key} is in ${before} and ${where}`);
            seen.set(`${lang}:${key}`, where);
          }
        }
      }
    }
  });
});
