import assert from 'node:assert/strict';
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
