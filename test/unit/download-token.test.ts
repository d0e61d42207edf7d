import assert from 'node:assert/strict';
import { OneTimeTokens, readToken, signToken } from '../../src/export/download-token';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const NOW = Date.parse('2026-03-11T10:00:00Z');
const params = { kind: 'faq', format: 'csv' };

describe('download links (signed tokens)', () => {
  it('When a token is read back with the same secret before it expires, then its payload comes back', () => {
    const token = signToken(SECRET, { sub: 'b1', exp: NOW + 60_000, params });
    const check = readToken<typeof params>(SECRET, token, NOW);
    assert.ok(check.ok);
    assert.equal(check.payload.sub, 'b1');
    assert.deepEqual(check.payload.params, params);
    assert.match(token, /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'safe in a URL path');
    assert.notEqual(token, signToken(SECRET, { sub: 'b1', exp: NOW + 60_000, params }), 'each link is new');
  });

  it('When a token is expired, signed with another secret, changed or junk, then it is refused', () => {
    const token = signToken(SECRET, { sub: 'b1', exp: NOW + 60_000, params });
    assert.deepEqual(readToken(SECRET, token, NOW + 60_000), { ok: false, reason: 'expired' });
    assert.deepEqual(readToken(`${SECRET}x`, token, NOW), { ok: false, reason: 'signature' });
    const [body, mac] = token.split('.') as [string, string];
    const other = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), sub: 'c1' }),
    ).toString('base64url');
    assert.deepEqual(readToken(SECRET, `${other}.${mac}`, NOW), { ok: false, reason: 'signature' });
    for (const junk of ['', 'x', 'a.b.c', `${body}.`, '.'.repeat(3000)]) {
      assert.equal(readToken(SECRET, junk, NOW).ok, false, JSON.stringify(junk.slice(0, 20)));
    }
  });

  it('When a link is used, then it works once; given back after a failure, it works again; spent ones are forgotten after expiry', () => {
    const once = new OneTimeTokens();
    assert.equal(once.use('n1', NOW + 1000, NOW), true);
    assert.equal(once.use('n1', NOW + 1000, NOW), false);
    once.release('n1');
    assert.equal(once.use('n1', NOW + 1000, NOW), true);
    assert.equal(once.use('n2', NOW + 5000, NOW + 2000), true, 'n1 is pruned once expired');
    assert.equal(once.use('n1', NOW + 1000, NOW + 2000), true);
  });
});
