/**
 * Core, as a user meets it: the bot, the Agents Playground (a Teams-like chat) and a real browser. Opening the
 * playground installs the app (welcome card); "help" shows the help card; anything unknown gets an honest answer.
 * Screenshots: test-artifacts/playground-help.png (nl) and playground-help-en.png.
 */
import assert from 'node:assert/strict';
import { translator, type Locale } from '../../src/i18n';
import { useStack, type PlaygroundLocale } from './helpers/playground';

/** What a user reads of a text with **bold** markdown. */
const plain = (s: string): string => s.replace(/\*\*(.+?)\*\*/g, '$1');

function languageRun(locale: PlaygroundLocale, lang: Locale): void {
  const t = translator(lang);

  describe(`core in the Agents Playground (${locale})`, function () {
    this.timeout(60_000);
    const s = useStack(locale, { locale });

    it('greets the user with the welcome card when the playground installs the app', async () => {
      await s().waitForText(t('welcome.title'));
      const welcome = (await s().botMessages()).find((m) => m.includes(t('welcome.title')));
      assert.ok(welcome, 'a welcome message');
      assert.ok(!welcome.includes('**'), `markdown is rendered, not shown: ${welcome}`);
      s().assertHealthy();
    });

    it('answers "help" with the help card', async () => {
      await s().send('help');
      const card = await s().waitForReply(t('help.title'));
      for (const job of ['aanmelding', 'logboek', 'matching', 'faq'] as const) {
        assert.ok(card.includes(t(`help.job.${job}.title`)), `the help card lists ${job}:\n${card}`);
      }
      assert.ok(!card.includes(t('help.soon')), `all four jobs are live, none is marked "${t('help.soon')}"`);
      assert.ok(card.includes(plain(t('help.footer'))), `the footer's markdown is rendered:\n${card}`);
      assert.ok(!card.includes(t('help.admin.title')), 'the playground user is no beheerder here');
      await s().screenshot(locale === 'nl-NL' ? 'playground-help' : 'playground-help-en');
      s().assertHealthy();
    });

    it('answers something it does not know honestly', async () => {
      await s().send('xyzzy');
      // Free text is a question for the FAQ, which says honestly when it does not know.
      const reply = await s().waitForReply(plain(t('faq.unknown')));
      assert.equal(await s().lastBotMessage(), reply);
      s().assertHealthy();
    });

    it("opens the help card from the welcome card's button", async () => {
      await s().clickButton(t('welcome.helpButton'));
      await s().waitForReply(t('help.title'));
      s().assertHealthy();
    });
  });
}

describe('e2e: core', () => {
  languageRun('nl-NL', 'nl');
  languageRun('en-US', 'en');
});
