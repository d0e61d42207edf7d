import { fonts, renderPixels } from 'js-pixel-fonts';
import { PNG } from 'pngjs';

/**
 * The overview picture as a small PNG, drawn in-process (no canvas, no fonts on the machine),
 * for the overview card. Flat colours keep the PNG a few kilobytes, so it fits inside the card.
 */

export type Rgb = [number, number, number];

const SCALE = 2;
const PAD = 12;
const ROW = 26;
const BAR_HEIGHT = 16;
const TITLE_HEIGHT = 30;
export const BACKGROUND: Rgb = [255, 255, 255];
const TEXT: Rgb = [36, 36, 36];
export const TRACK: Rgb = [237, 235, 233];

export const PURPLE: Rgb = [91, 95, 199];

/** The pixel font has ASCII only: "Oriënteren" → "Orienteren", "—" → "-". */
function ascii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[–—]/g, '-')
    .replace(/[‘’]/g, "'")
    .replace(/[^\x20-\x7e]/g, '');
}

class Canvas {
  readonly png: PNG;
  constructor(width: number, height: number) {
    this.png = new PNG({ width, height, colorType: 2, inputHasAlpha: true });
    this.rect(0, 0, width, height, BACKGROUND);
  }

  rect(x: number, y: number, w: number, h: number, [r, g, b]: Rgb): void {
    const { width, height, data } = this.png;
    for (let yy = Math.max(0, y); yy < Math.min(height, y + h); yy++) {
      for (let xx = Math.max(0, x); xx < Math.min(width, x + w); xx++) {
        const i = (yy * width + xx) * 4;
        data[i] = r;
        data[i + 1] = g;
        data[i + 2] = b;
        data[i + 3] = 255;
      }
    }
  }

  /** Draws text with its top-left at (x, y); returns its width. Cut to maxWidth with "..". */
  text(x: number, y: number, raw: string, color: Rgb, maxWidth = Infinity): number {
    let text = ascii(raw);
    let pixels = renderPixels(text, fonts.sevenPlus);
    while (text.length > 3 && (pixels[0]?.length ?? 0) * SCALE > maxWidth) {
      text = `${text.slice(0, -3).trimEnd()}..`;
      pixels = renderPixels(text, fonts.sevenPlus);
    }
    pixels.forEach((row, py) =>
      row.forEach((on, px) => {
        if (on) this.rect(x + px * SCALE, y + py * SCALE, SCALE, SCALE, color);
      }),
    );
    return (pixels[0]?.length ?? 0) * SCALE;
  }
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What the overview picture shows, in the reader's words: a grid and rows per school year. */
export interface OverviewPicture {
  gridTitle: string;
  /** Row labels (mechanisms, then "no mechanism"). */
  rows: string[];
  /** Column headers (phases, then "no phase"), short; `legend` explains them under the grid. */
  columns: string[];
  /** What the column headers stand for, e.g. "1 Oriënteren". */
  legend: string[];
  /** counts[row][column] */
  counts: number[][];
  yearsTitle: string;
  /** One bar each: a count against its target (e.g. school visits in 2025-2026: 2 of 3). */
  bars: { label: string; value: number; target: number }[];
}

/** Where each part was drawn, so a test can check the picture itself. */
export interface OverviewLayout {
  cells: Rect[][];
  rowLabels: Rect[];
  /** The full track of each bar; `filled` is the part that shows the count. */
  bars: { track: Rect; filled: Rect; targetX: number }[];
}

export const GRID_EMPTY: Rgb = [243, 242, 241];
const GRID_LOW: Rgb = [214, 215, 244];
export const MET: Rgb = [16, 124, 16];
export const NOT_MET: Rgb = [202, 80, 16];
const TARGET_MARK: Rgb = [36, 36, 36];

const mix = (a: Rgb, b: Rgb, f: number): Rgb => [
  Math.round(a[0] + (b[0] - a[0]) * f),
  Math.round(a[1] + (b[1] - a[1]) * f),
  Math.round(a[2] + (b[2] - a[2]) * f),
];

const PICTURE_WIDTH = 660;
const CELL_W = 58;
const CELL_H = 24;
const GRID_LABEL = 280;
const LEGEND_ITEM = 210;
const LEGEND_PER_LINE = 3;

/**
 * The school overview as one picture: how the updates spread over mechanisms × phases (darker is more), and per
 * school year each count against its target (green when met, orange while not, a black mark at the target).
 */
export function renderOverviewPicture(view: OverviewPicture): { png: Buffer; layout: OverviewLayout } {
  const legendLines = Math.ceil(view.legend.length / LEGEND_PER_LINE);
  const height =
    PAD +
    TITLE_HEIGHT +
    CELL_H * (view.rows.length + 1) +
    8 +
    22 * legendLines +
    TITLE_HEIGHT +
    ROW * view.bars.length +
    PAD;
  const canvas = new Canvas(PICTURE_WIDTH, height);
  const layout: OverviewLayout = { cells: [], rowLabels: [], bars: [] };
  let y = PAD;
  canvas.text(PAD, y + 6, view.gridTitle, TEXT);
  y += TITLE_HEIGHT;
  const gridX = PAD + GRID_LABEL;
  view.columns.forEach((c, i) => canvas.text(gridX + i * CELL_W + 6, y + 4, c, TEXT, CELL_W - 8));
  y += CELL_H;
  const max = Math.max(1, ...view.counts.flat());
  view.rows.forEach((label, r) => {
    canvas.text(PAD, y + 5, label, TEXT, GRID_LABEL - 10);
    layout.rowLabels.push({ x: PAD, y, w: GRID_LABEL - 10, h: CELL_H });
    const cells: Rect[] = [];
    view.columns.forEach((_c, c) => {
      const n = view.counts[r]?.[c] ?? 0;
      const cell = { x: gridX + c * CELL_W, y, w: CELL_W - 2, h: CELL_H - 2 };
      const fill = n === 0 ? GRID_EMPTY : mix(GRID_LOW, PURPLE, max === 1 ? 1 : (n - 1) / (max - 1));
      canvas.rect(cell.x, cell.y, cell.w, cell.h, fill);
      if (n > 0) canvas.text(cell.x + 6, cell.y + 4, String(n), n * 2 > max ? BACKGROUND : TEXT);
      cells.push(cell);
    });
    layout.cells.push(cells);
    y += CELL_H;
  });
  y += 8;
  view.legend.forEach((item, i) => {
    const line = Math.floor(i / LEGEND_PER_LINE);
    canvas.text(PAD + (i % LEGEND_PER_LINE) * LEGEND_ITEM, y + line * 22, item, TEXT, LEGEND_ITEM - 10);
  });
  y += 22 * legendLines;
  canvas.text(PAD, y + 6, view.yearsTitle, TEXT);
  y += TITLE_HEIGHT;
  const trackWidth = PICTURE_WIDTH - PAD * 2 - GRID_LABEL - 60;
  for (const bar of view.bars) {
    canvas.text(PAD, y + 3, bar.label, TEXT, GRID_LABEL - 10);
    const x = PAD + GRID_LABEL;
    const scale = Math.max(bar.target, bar.value, 1);
    const track = { x, y, w: trackWidth, h: BAR_HEIGHT };
    canvas.rect(x, y, trackWidth, BAR_HEIGHT, TRACK);
    const w = bar.value === 0 ? 0 : Math.max(3, Math.round((trackWidth * bar.value) / scale));
    canvas.rect(x, y, w, BAR_HEIGHT, bar.value >= bar.target ? MET : NOT_MET);
    const targetX = x + Math.round((trackWidth * bar.target) / scale) - 1;
    canvas.rect(targetX - 1, y - 3, 3, BAR_HEIGHT + 6, TARGET_MARK);
    canvas.text(x + trackWidth + 10, y + 2, `${bar.value}/${bar.target}`, TEXT);
    layout.bars.push({ track, filled: { x, y, w, h: BAR_HEIGHT }, targetX });
    y += ROW;
  }
  return { png: PNG.sync.write(canvas.png, { colorType: 2, deflateLevel: 9 }), layout };
}

export function pngDataUri(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`;
}
