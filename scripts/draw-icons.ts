// Draws the two Teams app icons from simple geometry. Run once (`node --import tsx scripts/draw-icons.ts`)
// and commit the PNGs; the package step only copies them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { repoRoot } from './lib/repo-root.js';

type Rgb = readonly [number, number, number];
/** A shape is a predicate over coordinates in a unit square (0..1, y down). */
type Shape = (x: number, y: number) => boolean;
interface Layer {
  shape: Shape;
  color: Rgb;
}

const TEAL: Rgb = [0x0b, 0x5e, 0x63];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const CORAL: Rgb = [0xff, 0x6f, 0x61];

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const ring =
  (cx: number, cy: number, outer: number, inner: number): Shape =>
  (x, y) => {
    const d2 = (x - cx) ** 2 + (y - cy) ** 2;
    return d2 <= outer * outer && d2 >= inner * inner;
  };

/** A line segment with round ends (a capsule) of half-width w. */
const capsule =
  (x1: number, y1: number, x2: number, y2: number, w: number): Shape =>
  (x, y) => {
    const dx = x2 - x1;
    const dy = y2 - y1;
    const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
    return (x - (x1 + t * dx)) ** 2 + (y - (y1 + t * dy)) ** 2 <= w * w;
  };

/** The classic implicit heart curve (x² + y² − 1)³ − x²y³ ≤ 0, centred at (cx, cy) with half-size s. */
const heart =
  (cx: number, cy: number, s: number): Shape =>
  (x, y) => {
    const u = (x - cx) / s;
    const v = -(y - cy) / s + 0.15;
    const a = u * u + v * v - 1;
    return a * a * a - u * u * v * v * v <= 0;
  };

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));
const minus =
  (a: Shape, b: Shape): Shape =>
  (x, y) =>
    a(x, y) && !b(x, y);

const everywhere: Shape = () => true;

/** A clock (time for the patient) with a heart (care) tucked into its lower right. */
function clockAndHeart(stroke: number, withTicks: boolean): { clock: Shape; heartShape: Shape; heartHalo: Shape } {
  const cx = 0.44;
  const cy = 0.46;
  const r = 0.3;
  const ticks = (withTicks ? [0, 3, 6, 9] : []).map((h) => {
    const a = (h / 12) * 2 * Math.PI;
    const x1 = cx + Math.sin(a) * (r - stroke * 2.2);
    const y1 = cy - Math.cos(a) * (r - stroke * 2.2);
    const x2 = cx + Math.sin(a) * (r - stroke * 3.6);
    const y2 = cy - Math.cos(a) * (r - stroke * 3.6);
    return capsule(x1, y1, x2, y2, stroke * 0.45);
  });
  const clock = union(
    ring(cx, cy, r, r - stroke * 1.5),
    capsule(cx, cy, cx, cy - r * 0.62, stroke * 0.7),
    capsule(cx, cy, cx + r * 0.45, cy - r * 0.22, stroke * 0.7),
    circle(cx, cy, stroke * 1.1),
    ...ticks,
  );
  const heartShape = heart(0.72, 0.72, 0.17);
  const heartHalo = heart(0.72, 0.72, 0.17 + stroke * 1.6);
  return { clock, heartShape, heartHalo };
}

/** Renders layers with 4×4 supersampling so edges are anti-aliased. */
function render(size: number, layers: Layer[], opaqueBackground: boolean): PNG {
  const png = new PNG({ width: size, height: size });
  const n = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let hit: Rgb | undefined;
          for (const layer of layers) if (layer.shape(x, y)) hit = layer.color;
          if (hit) {
            r += hit[0];
            g += hit[1];
            b += hit[2];
            covered += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      const alpha = covered / (n * n);
      const div = covered || 1;
      png.data[i] = covered ? Math.round(r / div) : 0;
      png.data[i + 1] = covered ? Math.round(g / div) : 0;
      png.data[i + 2] = covered ? Math.round(b / div) : 0;
      png.data[i + 3] = opaqueBackground ? 255 : Math.round(alpha * 255);
    }
  }
  return png;
}

export function drawColorIcon(): Buffer {
  const { clock, heartShape, heartHalo } = clockAndHeart(0.028, true);
  const layers: Layer[] = [
    { shape: everywhere, color: TEAL },
    { shape: minus(clock, heartHalo), color: WHITE },
    { shape: heartShape, color: CORAL },
  ];
  return PNG.sync.write(render(192, layers, true));
}

/** Teams: the outline icon is white on transparent, nothing else (32×32). */
export function drawOutlineIcon(): Buffer {
  // Ticks blur into noise at 32 px, so the outline keeps only the ring, the hands and the heart.
  const { clock, heartShape, heartHalo } = clockAndHeart(0.05, false);
  const layers: Layer[] = [{ shape: union(minus(clock, heartHalo), heartShape), color: WHITE }];
  return PNG.sync.write(render(32, layers, false));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(repoRoot, 'manifest', 'color.png'), drawColorIcon());
  writeFileSync(join(repoRoot, 'manifest', 'outline.png'), drawOutlineIcon());
  process.stdout.write('manifest/color.png (192×192) and manifest/outline.png (32×32) written\n');
}
