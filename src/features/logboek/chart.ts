import { fonts, renderPixels } from 'js-pixel-fonts';
import { PNG } from 'pngjs';

/**
 * A horizontal bar chart as a small PNG, drawn in-process (no canvas, no fonts on the machine),
 * for the overview card. Flat colours keep the PNG a few kilobytes, so it fits inside the card.
 */

type Rgb = [number, number, number];

export interface Bar {
  label: string;
  value: number;
}

export interface ChartSection {
  title: string;
  bars: Bar[];
  color: Rgb;
}

const WIDTH = 600;
const SCALE = 2;
const PAD = 12;
const LABEL_WIDTH = 260;
const ROW = 26;
const BAR_HEIGHT = 16;
const TITLE_HEIGHT = 30;
const BACKGROUND: Rgb = [255, 255, 255];
const TEXT: Rgb = [36, 36, 36];
const TRACK: Rgb = [237, 235, 233];

export const PURPLE: Rgb = [91, 95, 199];
export const TEAL: Rgb = [0, 120, 112];

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

/** Renders the sections one under the other; each bar is scaled to the largest value in its section. */
export function renderBarChart(sections: readonly ChartSection[]): Buffer {
  const height = PAD + sections.reduce((h, s) => h + TITLE_HEIGHT + s.bars.length * ROW + PAD, 0);
  const canvas = new Canvas(WIDTH, height);
  let y = PAD;
  for (const section of sections) {
    canvas.text(PAD, y + 6, section.title, TEXT);
    y += TITLE_HEIGHT;
    const max = Math.max(1, ...section.bars.map((b) => b.value));
    const trackWidth = WIDTH - PAD * 2 - LABEL_WIDTH - 40;
    for (const bar of section.bars) {
      canvas.text(PAD, y + 3, bar.label, TEXT, LABEL_WIDTH - 10);
      const x = PAD + LABEL_WIDTH;
      canvas.rect(x, y, trackWidth, BAR_HEIGHT, TRACK);
      const w = bar.value === 0 ? 0 : Math.max(3, Math.round((trackWidth * bar.value) / max));
      canvas.rect(x, y, w, BAR_HEIGHT, section.color);
      canvas.text(x + trackWidth + 8, y + 2, String(bar.value), TEXT);
      y += ROW;
    }
    y += PAD;
  }
  return PNG.sync.write(canvas.png, { colorType: 2, deflateLevel: 9 });
}

export function pngDataUri(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`;
}
