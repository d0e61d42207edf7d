import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import {
  AppPackageError,
  buildAppPackage,
  bundledSchemaFile,
  checkIcon,
  DEFAULT_BOT_ID,
  DEFAULT_TEAMS_APP_ID,
  localizableKeys,
  MANIFEST_DIR,
  renderLocalization,
  renderManifest,
  validateLocalization,
  validateManifest,
  type KansenwijzerManifest,
} from '../../src/manifest/app-package';

const ENV = {
  TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555',
  MicrosoftAppId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  BOT_DOMAIN: 'kansenwijzer-bot.example.nl',
};

const EXPECTED_COMMANDS = [
  'help',
  'aanmelden',
  'verder met aanmelding',
  'status',
  'nieuwe update',
  'overzicht',
  'zoek een leermeester',
  'mijn profiel',
  'beheer',
  'mijn gegevens',
];

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function readPng(name: string): PNG {
  return PNG.sync.read(fs.readFileSync(path.join(MANIFEST_DIR, name)));
}

describe('Teams app manifest and package', function () {
  this.timeout(30_000); // each schema validation compiles the (large) Teams schema with Ajv

  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kansenwijzer-manifest-'));
  });
  after(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('manifest.json', () => {
    it('When the manifest is rendered with default values, then it validates against the bundled schema without errors', async () => {
      const manifest = renderManifest({});
      assert.deepEqual(await validateManifest(manifest), []);
    });

    it('When the manifest is rendered, then its $schema is a bundled schema that matches manifestVersion', () => {
      const manifest = renderManifest(ENV);
      assert.ok(manifest.$schema, '$schema is set');
      assert.ok(
        bundledSchemaFile(manifest.$schema),
        `${manifest.$schema} is bundled with @microsoft/app-manifest`,
      );
      assert.match(manifest.$schema, new RegExp(`/v${manifest.manifestVersion.replace('.', '\\.')}/`));
    });

    it('When the manifest is rendered from environment values, then every placeholder is substituted', async () => {
      const manifest = renderManifest(ENV);
      assert.equal(manifest.id, ENV.TEAMS_APP_ID);
      assert.equal(manifest.bots?.[0]?.botId, ENV.MicrosoftAppId);
      assert.deepEqual(manifest.validDomains, [ENV.BOT_DOMAIN]);
      assert.doesNotMatch(JSON.stringify(manifest), /\$\{\{/);
      assert.deepEqual(await validateManifest(manifest), []);
    });

    it('When no environment values are given, then the defaults are used', () => {
      const manifest = renderManifest({});
      assert.equal(manifest.id, DEFAULT_TEAMS_APP_ID);
      assert.equal(manifest.bots?.[0]?.botId, DEFAULT_BOT_ID);
      assert.deepEqual(manifest.validDomains, ['localhost']);
    });

    it('When BOT_DOMAIN is given as a URL, then validDomains gets only its host', () => {
      const manifest = renderManifest({ ...ENV, BOT_DOMAIN: 'https://abc123.devtunnels.ms/api/messages' });
      assert.deepEqual(manifest.validDomains, ['abc123.devtunnels.ms']);
    });

    it('When the manifest is read, then the bot has one Dutch command list per scope with at most 10 commands', () => {
      const manifest = renderManifest(ENV);
      assert.equal(manifest.bots?.length, 1);
      const bot = manifest.bots?.[0];
      assert.ok(bot, 'the manifest has a bot');
      assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
      assert.equal(bot.supportsFiles, false);
      const lists = bot.commandLists ?? [];
      assert.deepEqual(lists.flatMap((l) => l.scopes).sort(), ['groupChat', 'personal', 'team']);
      for (const list of lists) {
        assert.ok(list.commands.length <= 10, `${list.scopes.join()} has ${list.commands.length} commands`);
        assert.deepEqual(
          list.commands.map((c) => c.title),
          EXPECTED_COMMANDS,
        );
        for (const command of list.commands)
          assert.ok(command.description, `${command.title} has a description`);
      }
      const personal = lists.find((l) => l.scopes.includes('personal'))!;
      const description = (title: string) => personal.commands.find((c) => c.title === title)?.description;
      assert.equal(description('help'), 'Wat kan Kansenwijzer?');
      assert.equal(description('nieuwe update'), 'Leg een interventie vast');
      assert.equal(description('beheer'), 'Rollen en scholen beheren (beheerder)');
    });

    it('When the manifest is read, then it is Dutch by default and lists the en-us localization file', () => {
      const manifest = renderManifest(ENV);
      assert.equal(manifest.name.short, 'Kansenwijzer');
      assert.equal(manifest.localizationInfo?.defaultLanguageTag, 'nl-nl');
      assert.deepEqual(manifest.localizationInfo?.additionalLanguages, [
        { languageTag: 'en-us', file: 'en-us.json' },
      ]);
    });

    it('When bots[0].botId is removed, then validation reports the missing botId', async () => {
      const broken = clone(renderManifest(ENV)) as any;
      delete broken.bots[0].botId;
      const errors = await validateManifest(broken);
      assert.ok(
        errors.some((e) => e.includes('/bots/0') && e.includes('botId')),
        `expected a botId error, got ${JSON.stringify(errors)}`,
      );
    });

    it('When the bot id is not a GUID, then validation reports it', async () => {
      const errors = await validateManifest(renderManifest({ ...ENV, MicrosoftAppId: 'not-a-guid' }));
      assert.ok(
        errors.some((e) => e.includes('/bots/0/botId')),
        JSON.stringify(errors),
      );
    });

    it('When a placeholder is left unfilled, then validation reports it', async () => {
      const manifest = clone(renderManifest(ENV));
      manifest.validDomains = ['${{SOMETHING_ELSE}}'];
      const errors = await validateManifest(manifest);
      assert.ok(
        errors.some((e) => e.includes('validDomains[0]') && e.includes('${{SOMETHING_ELSE}}')),
        JSON.stringify(errors),
      );
    });

    it('When $schema names a schema that is not bundled, then validation reports it instead of downloading', async () => {
      const manifest = { ...renderManifest(ENV), $schema: 'https://example.org/MicrosoftTeams.schema.json' };
      const errors = await validateManifest(manifest);
      assert.equal(errors.length, 1);
      assert.match(errors[0]!, /not bundled/);
    });
  });

  describe('en-us.json', () => {
    it('When the en-us localization is validated against the bundled localization schema, then there are no errors', async () => {
      assert.deepEqual(await validateLocalization(renderLocalization('en-us.json', ENV), 'en-us.json'), []);
    });

    it('When the en-us localization is compared with the manifest, then its keys are exactly the localizable fields', () => {
      const localization = renderLocalization('en-us.json', ENV);
      const keys = Object.keys(localization).filter((k) => k !== '$schema');
      assert.deepEqual(keys.sort(), localizableKeys(renderManifest(ENV)).sort());
    });

    it('When the en-us localization is compared with the manifest, then command titles stay the Dutch commands the bot understands', () => {
      const localization = renderLocalization('en-us.json', ENV);
      const manifest = renderManifest(ENV);
      manifest.bots![0]!.commandLists!.forEach((list, l) =>
        list.commands.forEach((command, c) =>
          assert.equal(localization[`bots[0].commandLists[${l}].commands[${c}].title`], command.title),
        ),
      );
    });

    it('When a localized text is too long or a key is unknown, then validation reports both', async () => {
      const localization = {
        ...renderLocalization('en-us.json', ENV),
        'description.short': 'x'.repeat(81),
        'bots[0].commandLists[0].commands[12].title': 'too many',
      };
      const errors = await validateLocalization(localization, 'en-us.json');
      assert.ok(
        errors.some((e) => e.includes('/description.short')),
        JSON.stringify(errors),
      );
      assert.ok(
        errors.some((e) => e.includes('commands[12]')),
        JSON.stringify(errors),
      );
    });
  });

  describe('icons', () => {
    it('When the color icon is read, then it is a 192×192 PNG', () => {
      const png = readPng('color.png');
      assert.equal(png.width, 192);
      assert.equal(png.height, 192);
      assert.deepEqual(checkIcon('color', fs.readFileSync(path.join(MANIFEST_DIR, 'color.png'))), []);
    });

    it('When the outline icon is read, then it is 32×32, has a transparent background and only white pixels', () => {
      const png = readPng('outline.png');
      assert.equal(png.width, 32);
      assert.equal(png.height, 32);
      let transparent = 0;
      let visible = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
        if (a === 0) {
          transparent++;
          continue;
        }
        visible++;
        assert.deepEqual([r, g, b], [255, 255, 255], `pixel ${i / 4} is not white`);
      }
      // The corners are background; there is a real drawing, but most of the icon is transparent.
      for (const [x, y] of [
        [0, 0],
        [31, 0],
        [0, 31],
        [31, 31],
      ] as const) {
        assert.equal(png.data[(y * 32 + x) * 4 + 3], 0, `corner ${x},${y} is transparent`);
      }
      assert.ok(visible > 100, `${visible} visible pixels`);
      assert.ok(transparent > visible, `${transparent} transparent pixels`);
      assert.deepEqual(checkIcon('outline', fs.readFileSync(path.join(MANIFEST_DIR, 'outline.png'))), []);
    });

    it('When an outline icon has coloured pixels or the wrong size, then the icon check reports it', () => {
      const png = new PNG({ width: 48, height: 48 });
      png.data.fill(0);
      png.data.set([255, 0, 0, 255], 0); // one opaque red pixel
      const errors = checkIcon('outline', PNG.sync.write(png));
      assert.ok(
        errors.some((e) => e.includes('32×32')),
        JSON.stringify(errors),
      );
      assert.ok(
        errors.some((e) => e.includes('not white')),
        JSON.stringify(errors),
      );
    });
  });

  describe('app package', () => {
    it('When the package is built, then the zip holds exactly the manifest, the localization and both icons at its root', async () => {
      const outFile = path.join(tmp, 'ok', 'kansenwijzer.zip');
      const result = await buildAppPackage(ENV, outFile);
      assert.equal(result.outFile, outFile);
      const zip = new AdmZip(outFile);
      const names = zip.getEntries().map((e) => e.entryName);
      assert.deepEqual([...names].sort(), ['color.png', 'en-us.json', 'manifest.json', 'outline.png']);

      const zipped = JSON.parse(zip.readAsText('manifest.json')) as KansenwijzerManifest;
      assert.equal(zipped.id, ENV.TEAMS_APP_ID);
      assert.equal(zipped.bots?.[0]?.botId, ENV.MicrosoftAppId);
      assert.deepEqual(zipped.validDomains, [ENV.BOT_DOMAIN]);
      assert.deepEqual(await validateManifest(zipped), []);
      assert.ok(zip.readFile('color.png')!.equals(fs.readFileSync(path.join(MANIFEST_DIR, 'color.png'))));
    });

    it('When the environment makes the manifest invalid, then building throws the list of errors and writes nothing', async () => {
      const outFile = path.join(tmp, 'bad', 'kansenwijzer.zip');
      await assert.rejects(
        buildAppPackage({ ...ENV, TEAMS_APP_ID: 'kansenwijzer' }, outFile),
        (e: unknown) => {
          assert.ok(e instanceof AppPackageError);
          assert.ok(
            e.errors.some((msg) => msg.includes('/id')),
            JSON.stringify(e.errors),
          );
          return true;
        },
      );
      assert.equal(fs.existsSync(outFile), false);
    });
  });
});
