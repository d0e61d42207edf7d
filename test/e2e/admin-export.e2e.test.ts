/**
 * A beheerder exports in the Agents Playground without the CLI: the export form, a download link in the chat,
 * and the link returns the file (once). Screenshot: test-artifacts/admin-export-link.png.
 */
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { PLAYGROUND_USER, useStack } from './helpers/playground';

const MESSAGE = 'div:has(> [aria-label="Message header"])';

describe('e2e: a beheerder exports from the chat (nl-NL)', function () {
  this.timeout(90_000);
  const s = useStack('admin-export', {
    locale: 'nl-NL',
    env: { BOOTSTRAP_BEHEERDERS: PLAYGROUND_USER.aadObjectId },
  });

  it('picks the FAQ as CSV, gets a link in the chat, and the link downloads the file once', async () => {
    const st = s();
    await st.send('export');
    await st.waitForReply('Gegevens exporteren');
    const card = st.page.locator(MESSAGE).last();
    await card.locator('label', { hasText: 'Veelgestelde vragen en de open vragen' }).first().click();
    await card.getByLabel('Soort bestand').last().click();
    await st.page.getByRole('option', { name: 'CSV (.csv)' }).click();
    await st.clickButton('Maak downloadlink');
    const reply = await st.waitForReply('Je export staat klaar');
    assert.match(reply, /maar één keer/);

    const link = st.page.locator('a[href*="/api/export/"]').last();
    await link.waitFor({ state: 'visible' });
    assert.equal((await link.textContent())?.trim(), 'faq.csv');
    const href = (await link.getAttribute('href')) ?? '';
    assert.ok(href.startsWith(`${st.bot.url}/api/export/`), href);
    await st.screenshot('admin-export-link', { lastBotMessage: true });

    const res = await fetch(href);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-disposition') ?? '', /filename="faq\.csv"/);
    const body = Buffer.from(await res.arrayBuffer());
    assert.deepEqual([...body.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const rows = parse(body, { columns: true, bom: true }) as Record<string, string>[];
    assert.ok(rows.length > 10 && rows.every((r) => r.vraag_nl && r.antwoord_nl), `${rows.length} entries`);
    assert.equal((await fetch(href)).status, 410, 'a second download is refused');
    st.assertHealthy();
  });
});
