import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { PNG } from 'pngjs';
import type { InterventionUpdate } from '../../src/domain/logboek';
import {
  BACKGROUND,
  GRID_EMPTY,
  MET,
  NOT_MET,
  TRACK,
  renderOverviewPicture,
  type Rect,
  type Rgb,
} from '../../src/features/logboek/chart';
import { overviewPictureView } from '../../src/features/logboek/logboek.cards';
import { statsOf } from '../../src/features/logboek/overview';
import { translator } from '../../src/i18n';

const update = (
  date: string,
  mechanism: InterventionUpdate['mechanism'],
  phase: InterventionUpdate['phase'],
  activityType: InterventionUpdate['activityType'],
): InterventionUpdate =>
  ({
    id: `${date}-${mechanism ?? 'x'}-${phase ?? 'x'}-${activityType}`,
    schoolId: 'albeda',
    date,
    mechanism,
    phase,
    activityType,
    participants: 12,
    text: 'x',
    coachId: 'c',
    coachName: 'Coach',
    createdAt: `${date}T10:00:00Z`,
    history: [],
  }) as unknown as InterventionUpdate;

const UPDATES = [
  update('2025-10-01', 'zoekgedrag', 'ontwerpen', 'schoolbezoek'),
  update('2025-11-01', 'zoekgedrag', 'ontwerpen', 'veranderlab'),
  update('2026-02-01', 'zoekgedrag', 'ontwerpen', 'schoolbezoek'),
  update('2026-03-01', 'bewustwording', 'ontwikkelen', 'schoolbezoek'),
  update('2026-09-10', 'student-kent-werkgever', 'ontvouwen', 'schoolbezoek'),
  update('2026-10-11', null, null, 'overleg'),
];

function picture() {
  const stats = statsOf('albeda', UPDATES, DateTime.fromISO('2026-12-05', { zone: 'Europe/Amsterdam' }));
  const view = overviewPictureView(translator('nl'), stats);
  const { png, layout } = renderOverviewPicture(view);
  const image = PNG.sync.read(png);
  const at = (x: number, y: number): Rgb => {
    const i = (y * image.width + x) * 4;
    return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
  };
  // A corner of a cell, away from the number drawn at its left.
  const fillOf = (r: Rect): Rgb => at(r.x + r.w - 3, r.y + r.h - 3);
  const inked = (r: Rect): number => {
    let n = 0;
    for (let y = r.y; y < r.y + r.h; y++)
      for (let x = r.x; x < r.x + r.w; x++) if (at(x, y).join() !== BACKGROUND.join()) n++;
    return n;
  };
  return { stats, view, layout, at, fillOf, inked };
}

const MECH = { zoekgedrag: 1, 'student-kent-werkgever': 2, bewustwording: 7, none: 8 } as const;
const PHASE = { ontwerpen: 1, ontwikkelen: 2, ontvouwen: 3, none: 5 } as const;

describe('logboek overview picture', () => {
  it('When a school has updates, then the grid shows each mechanism × phase count, darker where there are more', () => {
    const { view, layout, fillOf } = picture();
    assert.equal(layout.cells.length, 9, 'eight mechanisms and "no mechanism"');
    assert.equal(layout.cells[0]!.length, 6, 'five phases and "no phase"');
    assert.equal(view.counts[MECH.zoekgedrag]![PHASE.ontwerpen], 3);
    const filled = new Set([
      `${MECH.zoekgedrag},${PHASE.ontwerpen}`,
      `${MECH.bewustwording},${PHASE.ontwikkelen}`,
      `${MECH['student-kent-werkgever']},${PHASE.ontvouwen}`,
      `${MECH.none},${PHASE.none}`,
    ]);
    layout.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const [red, , blue] = fillOf(cell);
        if (filled.has(`${r},${c}`)) assert.ok(blue > red + 20, `cell ${r},${c} is coloured`);
        else assert.deepEqual(fillOf(cell), GRID_EMPTY, `cell ${r},${c} is empty`);
      }),
    );
    const sum = (rgb: Rgb) => rgb[0] + rgb[1] + rgb[2];
    assert.ok(
      sum(fillOf(layout.cells[MECH.zoekgedrag]![PHASE.ontwerpen]!)) <
        sum(fillOf(layout.cells[MECH.bewustwording]![PHASE.ontwikkelen]!)),
      'three updates are darker than one',
    );
  });

  it('When the picture is drawn, then every mechanism is named on its row', () => {
    const { layout, inked, view } = picture();
    assert.deepEqual(view.rows.slice(0, 2), ['Empowerment', 'Zoekgedrag']);
    for (const label of layout.rowLabels) assert.ok(inked(label) > 30, 'a label is drawn');
  });

  it('When a school year reaches its target, then its bar is green up to the mark; when not, it is orange and shorter', () => {
    const { stats, view, layout, at } = picture();
    assert.deepEqual(stats.years, [
      { label: '2025-2026', visits: 3, veranderlabsSoFar: 1 },
      { label: '2026-2027', visits: 1, veranderlabsSoFar: 1 },
    ]);
    assert.deepEqual(
      view.bars.map((b) => `${b.label} ${b.value}/${b.target}`),
      [
        'Schoolbezoeken 2025-2026 3/3',
        'Veranderlabs t/m 2025-2026 1/2',
        'Schoolbezoeken 2026-2027 1/3',
        'Veranderlabs t/m 2026-2027 1/2',
      ],
    );
    const [visitsMet, labs, visitsNow] = layout.bars;
    const inside = (r: Rect): [number, number] => [r.x + 2, r.y + Math.floor(r.h / 2)];
    assert.deepEqual(at(...inside(visitsMet!.filled)), MET);
    assert.deepEqual(at(...inside(labs!.filled)), NOT_MET);
    assert.deepEqual(at(...inside(visitsNow!.filled)), NOT_MET);
    // One of three visits fills a third of the track; past it the track is empty until the target mark.
    const third = visitsNow!.track.w / 3;
    assert.ok(Math.abs(visitsNow!.filled.w - third) <= 1);
    const y = visitsNow!.track.y + 4;
    assert.deepEqual(at(visitsNow!.track.x + visitsNow!.filled.w + 3, y), TRACK);
    assert.notDeepEqual(at(visitsNow!.targetX, y), TRACK, 'the target is marked');
  });
});
