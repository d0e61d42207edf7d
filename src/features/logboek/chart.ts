import { fonts, renderPixels } from 'js-pixel-fonts';
import { PNG } from 'pngjs';

/**
 * The overview picture as a small PNG, drawn in-process (no canvas, no fonts on the machine): a grid of
 * updates per mechanism × phase, and per school year the counts against the programme targets. Flat colours
 * keep the PNG a few kilobytes, so it fits inside the card. `layoutOverview` says where everything goes;
 * the renderer and the tests both use it.
 */

export type Rgb = [number, number, number];

export interface OverviewGrid {
  title: string;
  /** Row labels (mechanisms, then "none"). */
  rows: string[];
  /** Short column heads (the phase numbers, then "-"), explained by `legend`. */
  columns: string[];
  legend: string[];
  /** counts[row][column] */
  counts: number[][];
}

export interface TargetRow {
  label: string;
  count: number;
  target: number;
}

export interface OverviewPicture {
  grid: OverviewGrid;
  targets: { title: string; rows: TargetRow[] };
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface OverviewLayout {
  width: number;
  height: number;
  titles: Box[];
  rowLabels: Box[];
  columnLabels: Box[];
  legend: Box[];
  /** cells[row][column] */
  cells: Box[][];
  bars: { label: Box; track: Box; fill: Box; marker: Box; value: Box }[];
}

export const SCALE = 2;
const WIDTH = 600;
const PAD = 12;
const LABEL_WIDTH = 228;
const TITLE_HEIGHT = 30;
const TEXT_HEIGHT = 7 * SCALE;
const CELL_H = 24;
const CELL_GAP = 2;
const BAR_ROW = 28;
const BAR_HEIGHT = 16;
const VALUE_WIDTH = 60;

export const BACKGROUND: Rgb = [255, 255, 255];
export const TEXT: Rgb = [36, 36, 36];
export const EMPTY: Rgb = [237, 235, 233];
export const PURPLE: Rgb = [91, 95, 199];
const LIGHT_PURPLE: Rgb = [226, 227, 247];
export const MET: Rgb = [16, 124, 16];
export const NOT_MET: Rgb = [202, 80, 16];
const WHITE: Rgb = [255, 255, 255];

/** The pixel font has ASCII only: "Oriënteren" → "Orienteren", "—" → "-". */
export function ascii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[–—]/g, '-')
    .replace(/[‘’]/g, "'")
    .replace(/[^\x20-\x7e]/g, '');
}

/** The pixels of a text as drawn (rows of on/off at scale 1), cut to maxWidth with "..". */
export function textPixels(raw: string, maxWidth = Infinity): { text: string; pixels: number[][] } {
  let text = ascii(raw);
  let pixels = renderPixels(text, fonts.sevenPlus);
  while (text.length > 3 && (pixels[0]?.length ?? 0) * SCALE > maxWidth) {
    text = `${text.slice(0, -3).trimEnd()}..`;
    pixels = renderPixels(text, fonts.sevenPlus);
  }
  return { text, pixels };
}

const textWidth = (raw: string): number => (textPixels(raw).pixels[0]?.length ?? 0) * SCALE;

/** Empty is grey; otherwise from light to full purple by the share of the largest count. */
export function cellColor(count: number, max: number): Rgb {
  if (count <= 0) return EMPTY;
  const f = max <= 1 ? 1 : 0.25 + (0.75 * (count - 1)) / (max - 1);
  return LIGHT_PURPLE.map((c, i) => Math.round(c + (PURPLE[i]! - c) * f)) as Rgb;
}

export function layoutOverview(p: OverviewPicture): OverviewLayout {
  const cols = p.grid.columns.length;
  const cellW = Math.floor((WIDTH - PAD * 2 - LABEL_WIDTH) / Math.max(1, cols));
  const titles: Box[] = [];
  let y = PAD;
  titles.push({ x: PAD, y: y + 6, w: WIDTH - PAD * 2, h: TEXT_HEIGHT });
  y += TITLE_HEIGHT;
  const columnLabels = p.grid.columns.map((c, i) => ({
    x: PAD + LABEL_WIDTH + i * cellW + Math.floor((cellW - textWidth(c)) / 2),
    y,
    w: textWidth(c),
    h: TEXT_HEIGHT,
  }));
  y += TEXT_HEIGHT + 6;
  const rowLabels: Box[] = [];
  const cells: Box[][] = [];
  for (const _ of p.grid.rows) {
    rowLabels.push({
      x: PAD,
      y: y + Math.floor((CELL_H - TEXT_HEIGHT) / 2),
      w: LABEL_WIDTH - 10,
      h: TEXT_HEIGHT,
    });
    cells.push(
      p.grid.columns.map((_c, i) => ({
        x: PAD + LABEL_WIDTH + i * cellW,
        y,
        w: cellW - CELL_GAP,
        h: CELL_H - CELL_GAP,
      })),
    );
    y += CELL_H;
  }
  y += 6;
  const legend: Box[] = [];
  let x = PAD;
  for (const item of p.grid.legend) {
    const w = textWidth(item);
    if (x > PAD && x + w > WIDTH - PAD) {
      x = PAD;
      y += TEXT_HEIGHT + 6;
    }
    legend.push({ x, y, w, h: TEXT_HEIGHT });
    x += w + 20;
  }
  y += TEXT_HEIGHT + PAD + 8;
  titles.push({ x: PAD, y: y + 6, w: WIDTH - PAD * 2, h: TEXT_HEIGHT });
  y += TITLE_HEIGHT;
  const trackW = WIDTH - PAD * 2 - LABEL_WIDTH - VALUE_WIDTH;
  const bars = p.targets.rows.map((row) => {
    const scale = Math.max(row.target, row.count, 1);
    const fillW = row.count === 0 ? 0 : Math.max(3, Math.round((trackW * row.count) / scale));
    const markerX = PAD + LABEL_WIDTH + Math.round((trackW * row.target) / scale) - 2;
    const bar = {
      label: { x: PAD, y: y + 2, w: LABEL_WIDTH - 10, h: TEXT_HEIGHT },
      track: { x: PAD + LABEL_WIDTH, y, w: trackW, h: BAR_HEIGHT },
      fill: { x: PAD + LABEL_WIDTH, y, w: fillW, h: BAR_HEIGHT },
      marker: { x: markerX, y: y - 3, w: 2, h: BAR_HEIGHT + 6 },
      value: { x: PAD + LABEL_WIDTH + trackW + 10, y: y + 2, w: VALUE_WIDTH - 10, h: TEXT_HEIGHT },
    };
    y += BAR_ROW;
    return bar;
  });
  return { width: WIDTH, height: y + PAD, titles, rowLabels, columnLabels, legend, cells, bars };
}

class Canvas {
  readonly png: PNG;
  constructor(width: number, height: number) {
    this.png = new PNG({ width, height, colorType: 2, inputHasAlpha: true });
    this.rect({ x: 0, y: 0, w: width, h: height }, BACKGROUND);
  }

  rect({ x, y, w, h }: Box, [r, g, b]: Rgb): void {
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

  /** Draws text with its top-left at (x, y), cut to maxWidth. */
  text(x: number, y: number, raw: string, color: Rgb, maxWidth = Infinity): void {
    textPixels(raw, maxWidth).pixels.forEach((row, py) =>
      row.forEach((on, px) => {
        if (on) this.rect({ x: x + px * SCALE, y: y + py * SCALE, w: SCALE, h: SCALE }, color);
      }),
    );
  }
}

export const targetColor = (row: TargetRow): Rgb => (row.count >= row.target ? MET : NOT_MET);

export function renderOverview(p: OverviewPicture): Buffer {
  const l = layoutOverview(p);
  const canvas = new Canvas(l.width, l.height);
  canvas.text(l.titles[0]!.x, l.titles[0]!.y, p.grid.title, TEXT, l.titles[0]!.w);
  canvas.text(l.titles[1]!.x, l.titles[1]!.y, p.targets.title, TEXT, l.titles[1]!.w);
  p.grid.columns.forEach((c, i) => canvas.text(l.columnLabels[i]!.x, l.columnLabels[i]!.y, c, TEXT));
  p.grid.legend.forEach((item, i) => canvas.text(l.legend[i]!.x, l.legend[i]!.y, item, TEXT));
  const max = Math.max(0, ...p.grid.counts.flat());
  p.grid.rows.forEach((label, r) => {
    const box = l.rowLabels[r]!;
    canvas.text(box.x, box.y, label, TEXT, box.w);
    l.cells[r]!.forEach((cell, c) => {
      const count = p.grid.counts[r]?.[c] ?? 0;
      const color = cellColor(count, max);
      canvas.rect(cell, color);
      if (count > 0) {
        const dark = color[0] + color[1] + color[2] < 3 * 170;
        const w = textWidth(String(count));
        canvas.text(
          cell.x + Math.floor((cell.w - w) / 2),
          cell.y + Math.floor((cell.h - TEXT_HEIGHT) / 2),
          String(count),
          dark ? WHITE : TEXT,
        );
      }
    });
  });
  p.targets.rows.forEach((row, i) => {
    const bar = l.bars[i]!;
    canvas.text(bar.label.x, bar.label.y, row.label, TEXT, bar.label.w);
    canvas.rect(bar.track, EMPTY);
    canvas.rect(bar.fill, targetColor(row));
    canvas.rect(bar.marker, TEXT);
    canvas.text(bar.value.x, bar.value.y, `${row.count}/${row.target}`, TEXT);
  });
  return PNG.sync.write(canvas.png, { colorType: 2, deflateLevel: 9 });
}

export function pngDataUri(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`;
}
