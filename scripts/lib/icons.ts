// Teams rules for app icons: colour 192×192; outline 32×32, white on transparent only.
// https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package#app-icons
import { PNG } from 'pngjs';

export const ICON_SIZES = { color: 192, outline: 32 } as const;

export function checkIcon(kind: keyof typeof ICON_SIZES, png: Buffer): string[] {
  const image = PNG.sync.read(png);
  const size = ICON_SIZES[kind];
  const errors: string[] = [];
  if (image.width !== size || image.height !== size) {
    errors.push(`${kind}.png is ${image.width}×${image.height}, Teams needs ${size}×${size}`);
  }
  if (kind === 'outline') {
    const bad = offWhitePixels(image);
    if (bad > 0) errors.push(`outline.png has ${bad} pixels that are neither white nor fully transparent`);
  }
  return errors;
}

/** Counts visible pixels whose colour is not pure white. */
export function offWhitePixels(image: PNG): number {
  let bad = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const visible = (image.data[i + 3] ?? 0) > 0;
    const white = image.data[i] === 255 && image.data[i + 1] === 255 && image.data[i + 2] === 255;
    if (visible && !white) bad += 1;
  }
  return bad;
}
