/**
 * Exports and imports a beheerder does in Teams, over real HTTP: the bot answers an export with a signed
 * one-time link that it serves itself (GET /api/export/:token); rounds and profiles are pasted into a card,
 * previewed, and only saved after confirming.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { signToken } from '../../src/export/download-token';
import { CosmosMatchingRepository } from '../../src/features/matching/matching-repository';
import { CosmosRoundRepository } from '../../src/storage/round-repository';
import { CosmosSchoolRepository } from '../../src/storage/school-repository';
import { startHttpBot, type HttpBot, type TurnResult } from '../helpers/http-harness';

const BEHEERDER = { aadObjectId: 'b0000000-0000-4000-8000-0000000000b1', name: 'Bea Beheer' };
const OTHER = { aadObjectId: 'b0000000-0000-4000-8000-0000000000b2', name: 'Ben Beheer' };
const CARLA = { aadObjectId: 'c0000000-0000-4000-8000-0000000000c1', name: 'Carla Coach' };
const SECRET = 'test-secret-for-export-links-0123456789';
const ROUND_JSON = readFileSync(
  path.resolve(__dirname, '..', '..', 'examples', 'round-begeleidingstraject-2021.json'),
  'utf8',
);
const submit = (value: Record<string, unknown>) => ({ type: 'message', value });

function linkIn(r: TurnResult): string {
  const m = JSON.stringify(r.replies).match(/https?:\/\/[^"\s)\\]+\/api\/export\/[A-Za-z0-9_.-]+/);
  assert.ok(m, `a download link in: ${r.text}`);
  return m[0];
}

function draftIdIn(r: TurnResult): string {
  const m = JSON.stringify(r.replies).match(/"verb":"admin\.import\.confirm","draftId":"([^"]+)"/);
  assert.ok(m, `a confirm button in: ${r.text}`);
  return m[1]!;
}

describe('admin exports and imports in Teams (HTTP)', function () {
  this.timeout(30_000);
  let bot: HttpBot;
  beforeEach(async () => {
    bot = await startHttpBot({
      env: {
        BOOTSTRAP_BEHEERDERS: `${BEHEERDER.aadObjectId},${OTHER.aadObjectId}`,
        EXPORT_LINK_SECRET: SECRET,
      },
    });
    await new CosmosSchoolRepository(bot.bot.cosmos.containers.directory).save({
      id: 'albeda',
      name: 'Albeda',
      shortNames: [],
      region: 'Rijnmond',
      updatedAt: new Date().toISOString(),
      updatedBy: 'test',
    });
  });
  afterEach(() => bot.close());

  it('When a beheerder asks for the FAQ as CSV, then a link comes back that downloads the file once', async () => {
    const form = await bot.send(BEHEERDER, 'export');
    assert.match(form.text, /Gegevens exporteren/);
    assert.match(form.text, /15 minuten/);
    const ready = await bot.send(
      BEHEERDER,
      submit({ verb: 'admin.export.create', kind: 'faq', format: 'csv' }),
    );
    assert.match(ready.text, /Je export staat klaar/);
    const url = linkIn(ready);
    assert.ok(url.startsWith(`${bot.bot.url}/api/export/`), url);

    const res = await fetch(url);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="faq\.csv"/);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const body = Buffer.from(await res.arrayBuffer());
    assert.deepEqual([...body.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const rows = parse(body, { columns: true, bom: true }) as Record<string, string>[];
    assert.ok(rows.length > 10, `${rows.length} FAQ entries`);
    assert.ok(rows.every((r) => r.id && r.vraag_nl && r.antwoord_nl && r.vraag_en));

    const again = await fetch(url);
    assert.equal(again.status, 410);
    assert.match(await again.text(), /al gebruikt/);
  });

  it('When a round is pasted, previewed and confirmed, then it is saved once and its applications export as xlsx', async () => {
    const rounds = new CosmosRoundRepository(bot.bot.cosmos.containers.applications);
    const form = await bot.send(BEHEERDER, submit({ verb: 'admin.import.form', kind: 'rounds' }));
    assert.match(form.text, /Ronde importeren/);
    const preview = await bot.send(
      BEHEERDER,
      submit({ verb: 'admin.import.preview', kind: 'rounds', text: ROUND_JSON }),
    );
    assert.match(preview.text, /Klopt deze import\?/);
    assert.match(preview.text, /1 nieuw en 0 bijgewerkt/);
    assert.match(preview.text, /begeleidingstraject-2021/);
    assert.equal(await rounds.get('begeleidingstraject-2021'), undefined, 'nothing saved before confirming');

    const draftId = draftIdIn(preview);
    const saved = await bot.send(BEHEERDER, submit({ verb: 'admin.import.confirm', draftId }));
    assert.match(saved.text, /Opgeslagen: 1 nieuw en 0 bijgewerkt/);
    assert.equal((await rounds.get('begeleidingstraject-2021'))?.places, 8);
    const twice = await bot.send(BEHEERDER, submit({ verb: 'admin.import.confirm', draftId }));
    assert.match(twice.text, /geen import klaar/);

    const ready = await bot.send(
      BEHEERDER,
      submit({
        verb: 'admin.export.create',
        kind: 'applications',
        roundId: 'begeleidingstraject-2021',
        format: 'xlsx',
      }),
    );
    const res = await fetch(linkIn(ready));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-disposition') ?? '', /aanmeldingen-begeleidingstraject-2021\.xlsx/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    assert.deepEqual(
      book.worksheets.map((w) => w.name),
      ['Aanmeldingen', 'Scores', 'Vragen', 'Geschiedenis', 'Ronde'],
    );
    assert.equal(book.getWorksheet('Ronde')!.getRow(2).getCell(2).value, 'begeleidingstraject-2021');
  });

  it('When pasted profiles have a bad row, then the form comes back with the text and a Dutch message per line, and nothing is saved', async () => {
    const csv = [
      'id;name;role;school;board;region;schoolType;themes;phase;capacity;available',
      'a1;Anna;leermeester;albeda;;;mbo;objectief-werven;4;2;ja',
      'a2;Bert;gezel;;;;mbo;objectief-werven;2;;',
    ].join('\n');
    const bad = await bot.send(
      BEHEERDER,
      submit({ verb: 'admin.import.preview', kind: 'profiles', text: csv }),
    );
    assert.match(bad.text, /Er is niets opgeslagen/);
    assert.match(bad.text, /regel 3: school: De school ontbreekt/);
    assert.ok(JSON.stringify(bad.replies).includes('a2;Bert;gezel'), 'the pasted text is kept');
    const repo = new CosmosMatchingRepository(bot.bot.cosmos.containers.matching);
    assert.equal(await repo.getProfile('a1'), undefined);
    const stale = await bot.send(BEHEERDER, submit({ verb: 'admin.import.confirm', draftId: 'made-up' }));
    assert.match(stale.text, /geen import klaar/);
    assert.equal(await repo.getProfile('a1'), undefined);

    const fixed = csv.replace('a2;Bert;gezel;;', 'a2;Bert;gezel;albeda;');
    const preview = await bot.send(
      BEHEERDER,
      submit({ verb: 'admin.import.preview', kind: 'profiles', text: fixed }),
    );
    assert.match(preview.text, /2 nieuw en 0 bijgewerkt/);
    const saved = await bot.send(
      BEHEERDER,
      submit({ verb: 'admin.import.confirm', draftId: draftIdIn(preview) }),
    );
    assert.match(saved.text, /Opgeslagen: 2 nieuw/);
    assert.equal((await repo.getProfile('a1'))?.name, 'Anna');
  });

  it('When the store is down as the import is confirmed, then nothing is lost: the same button saves it once the store is back', async () => {
    const csv = [
      'id;name;role;school;schoolType;themes;phase;capacity',
      'a1;Anna;leermeester;albeda;mbo;bewustwording;4;2',
    ].join('\n');
    const preview = await bot.send(
      BEHEERDER,
      submit({ verb: 'admin.import.preview', kind: 'profiles', text: csv }),
    );
    const draftId = draftIdIn(preview);
    bot.faults.set({ rate: 1, kinds: ['503'], containers: ['matching'] });
    const down = await bot.send(BEHEERDER, submit({ verb: 'admin.import.confirm', draftId }));
    bot.faults.off();
    assert.match(down.text, /Er is niets verloren/);
    const repo = new CosmosMatchingRepository(bot.bot.cosmos.containers.matching);
    assert.equal(await repo.getProfile('a1'), undefined);
    const again = await bot.send(BEHEERDER, submit({ verb: 'admin.import.confirm', draftId }));
    assert.match(again.text, /Opgeslagen: 1 nieuw/);
    assert.equal((await repo.getProfile('a1'))?.name, 'Anna');
  });

  it('When the export form is wrong (dates reversed, no round, unknown kind), then it comes back in Dutch with no link', async () => {
    const reversed = await bot.send(
      BEHEERDER,
      submit({
        verb: 'admin.export.create',
        kind: 'logboek',
        from: '2026-03-10',
        to: '2026-03-01',
        format: 'csv',
      }),
    );
    assert.match(reversed.text, /niet vóór de begindatum/);
    assert.doesNotMatch(JSON.stringify(reversed.replies), /\/api\/export\//);
    const noRound = await bot.send(
      BEHEERDER,
      submit({ verb: 'admin.export.create', kind: 'applications', roundId: 'bestaat-niet', format: 'csv' }),
    );
    assert.match(noRound.text, /Kies een ronde die bestaat/);
    const junk = await bot.send(
      BEHEERDER,
      submit({ verb: 'admin.export.create', kind: { $gt: '' }, format: 7 }),
    );
    assert.match(junk.text, /Kies wat je wilt exporteren/);
    assert.doesNotMatch(JSON.stringify(junk.replies), /\/api\/export\//);
    const empty = await bot.send(
      BEHEERDER,
      submit({ verb: 'admin.import.preview', kind: 'rounds', text: '  ' }),
    );
    assert.match(empty.text, /Plak eerst de gegevens/);
  });

  it('When a link is tampered with, expired, or its beheerder lost the role, then nothing is downloaded', async () => {
    const ready = await bot.send(
      BEHEERDER,
      submit({
        verb: 'admin.export.create',
        kind: 'logboek',
        from: '2026-01-01',
        to: '2026-03-01',
        format: 'json',
      }),
    );
    const url = linkIn(ready);
    const token = url.split('/api/export/')[1]!;
    const [body, mac] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body!, 'base64url').toString()), sub: CARLA.aadObjectId }),
    ).toString('base64url');
    assert.equal((await fetch(`${bot.bot.url}/api/export/${forged}.${mac}`)).status, 404, 'payload changed');
    assert.equal((await fetch(`${bot.bot.url}/api/export/x`)).status, 404);
    const params = { kind: 'faq', format: 'csv' };
    const expired = signToken(SECRET, { sub: BEHEERDER.aadObjectId, exp: Date.now() - 1000, params });
    const res = await fetch(`${bot.bot.url}/api/export/${expired}`);
    assert.equal(res.status, 410);
    assert.match(await res.text(), /verlopen/);
    const notBeheerder = signToken(SECRET, { sub: CARLA.aadObjectId, exp: Date.now() + 60_000, params });
    assert.equal((await fetch(`${bot.bot.url}/api/export/${notBeheerder}`)).status, 403);

    const ok = await fetch(url);
    assert.equal(ok.status, 200, 'the untouched link still works');
    assert.deepEqual(await ok.json(), []);
  });

  it('When someone without the beheerder role asks for an export or an import, then it is refused and no link is made', async () => {
    const r = await bot.send(CARLA, submit({ verb: 'admin.export.create', kind: 'faq', format: 'csv' }));
    assert.match(r.text, /beheerder/);
    assert.doesNotMatch(JSON.stringify(r.replies), /\/api\/export\//);
    const i = await bot.send(
      CARLA,
      submit({ verb: 'admin.import.preview', kind: 'rounds', text: ROUND_JSON }),
    );
    assert.match(i.text, /beheerder/);
    assert.equal(
      await new CosmosRoundRepository(bot.bot.cosmos.containers.applications).get('begeleidingstraject-2021'),
      undefined,
    );
  });
});
