/**
 * Draws the two Teams app icons with plain geometry and writes them to manifest/:
 *   color.png   192×192  deep-teal rounded square with a white compass ring and an amber/white needle
 *   outline.png  32×32   the same compass in white only, on a transparent background
 *
 * Run: npx tsx scripts/make-icons.ts   (the outputs are committed; rerun after changing the design)
 */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

type Rgb = readonly [number, number, number];
/** A colour, or `null` to erase (paint transparency) where the shape covers. */
type Paint = Rgb | null | ((x: number, y: number) => Rgb);
interface Layer {
  inside(x: number, y: number): boolean;
  paint: Paint;
}
type Point = readonly [number, number];

const SUPERSAMPLES = 8; // 8×8 samples per pixel: smooth edges without an anti-aliasing library

// --- shapes (coordinates in pixels of the output image) -------------------------------------------------

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Layer['inside'] {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function ring(cx: number, cy: number, rOuter: number, rInner: number): Layer['inside'] {
  return (x, y) => {
    const d2 = (x - cx) ** 2 + (y - cy) ** 2;
    return d2 <= rOuter * rOuter && d2 >= rInner * rInner;
  };
}

function disc(cx: number, cy: number, r: number): Layer['inside'] {
  return ring(cx, cy, r, 0);
}

/** Convex polygon, points in either winding order. */
function polygon(points: readonly Point[]): Layer['inside'] {
  return (x, y) => {
    let sign = 0;
    for (let i = 0; i < points.length; i++) {
      const [ax, ay] = points[i]!;
      const [bx, by] = points[(i + 1) % points.length]!;
      const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
      if (cross === 0) continue;
      const s = Math.sign(cross);
      if (sign === 0) sign = s;
      else if (s !== sign) return false;
    }
    return true;
  };
}

/** A compass needle pointing at `angleDeg` (0 = east, 90 = north), split into a tip half and a tail half. */
function needle(cx: number, cy: number, length: number, halfWidth: number, angleDeg: number) {
  const a = (angleDeg * Math.PI) / 180;
  const dir: Point = [Math.cos(a), -Math.sin(a)];
  const perp: Point = [-dir[1], dir[0]];
  const at = (along: number, across: number): Point => [
    cx + dir[0] * along + perp[0] * across,
    cy + dir[1] * along + perp[1] * across,
  ];
  const left = at(0, halfWidth);
  const right = at(0, -halfWidth);
  return {
    tip: polygon([at(length, 0), left, right]),
    tail: polygon([at(-length, 0), left, right]),
    whole: polygon([at(length, 0), left, at(-length, 0), right]),
  };
}

/** A straight bar along the ray at `angleDeg` from radius r0 to r1 (a compass tick). */
function bar(
  cx: number,
  cy: number,
  r0: number,
  r1: number,
  halfWidth: number,
  angleDeg: number,
): Layer['inside'] {
  const a = (angleDeg * Math.PI) / 180;
  const [dx, dy] = [Math.cos(a), -Math.sin(a)];
  const at = (along: number, across: number): Point => [
    cx + dx * along - dy * across,
    cy + dy * along + dx * across,
  ];
  return polygon([at(r0, -halfWidth), at(r1, -halfWidth), at(r1, halfWidth), at(r0, halfWidth)]);
}

// --- rasteriser -----------------------------------------------------------------------------------------

function render(size: number, layers: readonly Layer[]): PNG {
  const png = new PNG({ width: size, height: size });
  const n = SUPERSAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Average premultiplied colour over the samples; later layers paint over earlier ones.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = px + (sx + 0.5) / n;
          const y = py + (sy + 0.5) / n;
          let colour: Rgb | null = null;
          for (const layer of layers) {
            if (!layer.inside(x, y)) continue;
            colour = typeof layer.paint === 'function' ? layer.paint(x, y) : layer.paint;
          }
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      // Un-premultiply; fully transparent pixels are stored as transparent white (keeps the outline "white only").
      png.data[i] = a ? Math.round(r / a) : 255;
      png.data[i + 1] = a ? Math.round(g / a) : 255;
      png.data[i + 2] = a ? Math.round(b / a) : 255;
      png.data[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return png;
}

function mix(c1: Rgb, c2: Rgb, t: number): Rgb {
  const k = Math.min(Math.max(t, 0), 1);
  const channel = (i: 0 | 1 | 2) => Math.round(c1[i] + (c2[i] - c1[i]) * k);
  return [channel(0), channel(1), channel(2)];
}

// --- the two icons --------------------------------------------------------------------------------------

const WHITE: Rgb = [255, 255, 255];
const TEAL_LIGHT: Rgb = [0x17, 0x85, 0x8c]; // gradient top-left
const TEAL_DEEP: Rgb = [0x0a, 0x44, 0x55]; // gradient bottom-right (manifest accentColor #0E5C68 sits between)
const AMBER: Rgb = [0xff, 0xb8, 0x3d];
const TICK: Rgb = [0x9f, 0xd6, 0xd6];

function colorIcon(): PNG {
  const s = 192;
  const c = s / 2;
  const gradient = (x: number, y: number): Rgb => mix(TEAL_LIGHT, TEAL_DEEP, (x + y) / (2 * s));
  const n = needle(c, c, 50, 15, 45);
  const ticks: Layer[] = [0, 90, 180, 270].map((deg) => ({ inside: bar(c, c, 43, 51, 3, deg), paint: TICK }));
  return render(s, [
    { inside: roundedRect(0, 0, s, s, 42), paint: gradient },
    { inside: ring(c, c, 66, 55), paint: WHITE },
    ...ticks,
    { inside: n.tail, paint: WHITE },
    { inside: n.tip, paint: AMBER },
    { inside: disc(c, c, 7), paint: gradient },
  ]);
}

function outlineIcon(): PNG {
  const s = 32;
  const c = s / 2;
  const n = needle(c, c, 10, 3.8, 45);
  return render(s, [
    { inside: ring(c, c, 14.5, 12.4), paint: WHITE },
    { inside: n.whole, paint: WHITE },
    { inside: disc(c, c, 1.6), paint: null },
  ]);
}

function main(): void {
  const outDir = path.resolve(__dirname, '..', 'manifest');
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, png] of [
    ['color.png', colorIcon()],
    ['outline.png', outlineIcon()],
  ] as const) {
    const file = path.join(outDir, name);
    fs.writeFileSync(file, PNG.sync.write(png, { colorType: 6 }));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${png.width}×${png.height})`);
  }
}

main();
