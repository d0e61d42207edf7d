import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { PNG } from 'pngjs';
import {
  MECHANISMS,
  PHASES,
  type ActivityType,
  type InterventionUpdate,
  type Mechanism,
  type Phase,
} from '../../src/domain/logboek';
import { translator } from '../../src/i18n';
import {
  BACKGROUND,
  EMPTY,
  layoutOverview,
  MET,
  NOT_MET,
  renderOverview,
  SCALE,
  TEXT,
  textPixels,
  type Box,
  type Rgb,
} from '../../src/features/logboek/chart';
import { overviewPicture, statsOf } from '../../src/features/logboek/overview';

const zone = 'Europe/Amsterdam';
let n = 0;
const update = (
  date: string,
  mechanism: Mechanism | null,
  phase: Phase | null,
  activityType: ActivityType,
): InterventionUpdate => ({
  id: `u${++n}`,
  schoolId: 'albeda',
  coachId: 'A0000000-0000-4000-8000-000000000002',
  coachName: 'Alice',
  date,
  activityType,
  mechanism,
  participants: null,
  phase,
  text: 'x',
  createdAt: `${date}T10:00:00Z`,
  updatedAt: `${date}T10:00:00Z`,
  deleted: false,
  history: [],
});

// Today is 11 March 2026: school year 2025-2026. Last year had three visits, this year one and a veranderlab.
const UPDATES = [
  update('2026-03-10', 'bewustwording', 'ontwerpen', 'veranderlab'),
  update('2026-03-09', 'bewustwording', 'ontwerpen', 'schoolbezoek'),
  update('2026-02-09', 'bewustwording', 'ontwikkelen', 'training'),
  update('2025-02-09', 'zoekgedrag', 'orienteren', 'schoolbezoek'),
  update('2025-03-09', 'zoekgedrag', 'orienteren', 'schoolbezoek'),
  update('2025-04-09', 'zoekgedrag', 'orienteren', 'schoolbezoek'),
  update('2025-04-10', null, null, 'overleg'),
];
const stats = statsOf('albeda', UPDATES, DateTime.fromISO('2026-03-11', { zone }));
const t = translator('nl');
const picture = overviewPicture(t, stats);

function decode(png: Buffer) {
  const img = PNG.sync.read(png);
  const at = (x: number, y: number): Rgb => {
    const i = (y * img.width + x) * 4;
    return [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
  };
  return { img, at };
}

/** Every pixel the font sets for this text is drawn in `color` at the box, and the text is not a solid block. */
function assertText(at: (x: number, y: number) => Rgb, box: Box, text: string, color: Rgb = TEXT): void {
  const { pixels } = textPixels(text, box.w);
  let on = 0;
  let off = 0;
  pixels.forEach((row, py) =>
    row.forEach((bit, px) => {
      const c = at(box.x + px * SCALE, box.y + py * SCALE);
      if (bit) {
        on++;
        assert.deepEqual(c, color, `"${text}" pixel ${px},${py}`);
      } else if (c.join() === BACKGROUND.join()) off++;
    }),
  );
  assert.ok(on > 10 && off > 10, `"${text}" is drawn as text (${on} on, ${off} off)`);
}

const ROW = (m: Mechanism | 'none') => (m === 'none' ? MECHANISMS.length : MECHANISMS.indexOf(m));
const COL = (p: Phase | 'none') => (p === 'none' ? PHASES.length : PHASES.indexOf(p));

describe('logboek overview picture', () => {
  it('When a school has updates, then the picture model counts them per mechanism × phase and per school year against the targets', () => {
    assert.equal(picture.grid.rows.length, 9);
    assert.equal(picture.grid.rows[ROW('bewustwording')], 'Bewustwording');
    assert.equal(picture.grid.rows[8], 'Geen mechanisme');
    assert.deepEqual(picture.grid.columns, ['1', '2', '3', '4', '5', '-']);
    assert.deepEqual(picture.grid.legend, [
      '1 Oriënteren',
      '2 Ontwerpen',
      '3 Ontwikkelen',
      '4 Ontvouwen',
      '5 Borgen',
      '- Geen fase',
    ]);
    const expected = Array.from({ length: 9 }, () => Array<number>(6).fill(0));
    expected[ROW('zoekgedrag')]![COL('orienteren')] = 3;
    expected[ROW('bewustwording')]![COL('ontwerpen')] = 2;
    expected[ROW('bewustwording')]![COL('ontwikkelen')] = 1;
    expected[ROW('none')]![COL('none')] = 1;
    assert.deepEqual(picture.grid.counts, expected);
    assert.deepEqual(picture.targets.rows, [
      { label: 'Bezoeken 2024-2025', count: 3, target: 3 },
      { label: 'Bezoeken 2025-2026', count: 1, target: 3 },
      { label: 'Veranderlabs (totaal)', count: 1, target: 2 },
    ]);
  });

  it('When a school has no updates, then the current school year still shows, at 0 of the target', () => {
    const empty = overviewPicture(t, statsOf('x', [], DateTime.fromISO('2026-09-01', { zone })));
    assert.ok(empty.grid.counts.flat().every((c) => c === 0));
    assert.deepEqual(empty.targets.rows[0], { label: 'Bezoeken 2026-2027', count: 0, target: 3 });
  });

  it('When the picture is drawn, then each cell is shaded by its count with the count in it, and every label is there', () => {
    const { img, at } = decode(renderOverview(picture));
    const layout = layoutOverview(picture);
    assert.equal(img.width, layout.width);
    assert.equal(img.height, layout.height);
    const corner = (b: Box) => at(b.x + 1, b.y + 1);
    const lum = ([r, g, b]: Rgb) => r + g + b;
    picture.grid.counts.forEach((row, r) =>
      row.forEach((count, c) => {
        const cell = layout.cells[r]![c]!;
        const shade = corner(cell);
        if (count === 0) assert.deepEqual(shade, EMPTY, `cell ${r},${c} is empty`);
        else {
          assert.notDeepEqual(shade, EMPTY, `cell ${r},${c} is shaded`);
          // The count is written in the middle of the cell, in a colour other than the shade.
          const distinct = new Set<string>();
          for (let y = cell.y; y < cell.y + cell.h; y++)
            for (let x = cell.x; x < cell.x + cell.w; x++) distinct.add(at(x, y).join());
          assert.equal(distinct.size, 2, `cell ${r},${c} holds its count`);
        }
      }),
    );
    const three = corner(layout.cells[ROW('zoekgedrag')]![COL('orienteren')]!);
    const two = corner(layout.cells[ROW('bewustwording')]![COL('ontwerpen')]!);
    const one = corner(layout.cells[ROW('bewustwording')]![COL('ontwikkelen')]!);
    assert.ok(lum(three) < lum(two) && lum(two) < lum(one), 'more updates, darker cell');

    picture.grid.rows.forEach((label, i) => assertText(at, layout.rowLabels[i]!, label));
    picture.grid.legend.forEach((label, i) => assertText(at, layout.legend[i]!, label));
    assertText(at, layout.titles[0]!, picture.grid.title);
    assertText(at, layout.titles[1]!, picture.targets.title);
    picture.targets.rows.forEach((row, i) => {
      assertText(at, layout.bars[i]!.label, row.label);
      assertText(at, layout.bars[i]!.value, `${row.count}/${row.target}`);
    });
  });

  it('When the targets are drawn, then each bar is as long as its count against the target, green once met, with a target mark', () => {
    const { at } = decode(renderOverview(picture));
    const layout = layoutOverview(picture);
    picture.targets.rows.forEach((row, i) => {
      const { track, marker } = layout.bars[i]!;
      const y = track.y + Math.floor(track.h / 2);
      let filled = 0;
      for (let x = track.x; x < track.x + track.w; x++) {
        const c = at(x, y);
        if (c.join() === (row.count >= row.target ? MET : NOT_MET).join()) filled++;
      }
      const expected = (track.w * row.count) / Math.max(row.target, row.count);
      assert.ok(Math.abs(filled - expected) <= 3, `${row.label}: ${filled} px filled, expected ~${expected}`);
      assert.deepEqual(at(track.x + track.w - 10, y), row.count >= row.target ? MET : EMPTY);
      const markX = track.x + Math.round((track.w * row.target) / Math.max(row.target, row.count)) - 1;
      assert.equal(marker.x + 1, markX);
      assert.deepEqual(at(markX, track.y - 2), TEXT, `${row.label}: target mark`);
    });
  });
});
