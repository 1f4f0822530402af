import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { DemoPhoto } from './demo-types';

// Demo photos are drawn, not downloaded: calm flat illustrations, one per motif.
const PALETTES: Record<DemoPhoto['motif'], [string, string, string]> = {
  field: ['#cfe3c0', '#6f9a4f', '#3f6b2a'],
  trees: ['#d6e7d0', '#4f8a3c', '#2f5a24'],
  cattle: ['#e7ddc8', '#8c6a43', '#5b4329'],
  house: ['#dfe6ee', '#b4553c', '#6b7c8f'],
  people: ['#f1e2d3', '#b8743f', '#33506b'],
  workshop: ['#e4e1dc', '#7a6f63', '#2f3e4e'],
};

function motifShapes(motif: DemoPhoto['motif'], fg: string, dark: string): string {
  switch (motif) {
    case 'trees':
      return [140, 380, 620, 860, 1100]
        .map(
          (x, i) => `<rect x="${x - 8}" y="${470 - i * 6}" width="16" height="150" fill="${dark}"/><circle cx="${x}" cy="${430 - i * 6}" r="90" fill="${fg}"/>`,
        )
        .join('');
    case 'cattle':
      return [300, 760]
        .map(
          (x) =>
            `<ellipse cx="${x}" cy="520" rx="150" ry="80" fill="${fg}"/><circle cx="${x + 170}" cy="470" r="48" fill="${fg}"/>${[-90, -30, 40, 100].map((d) => `<rect x="${x + d}" y="570" width="18" height="90" fill="${dark}"/>`).join('')}`,
        )
        .join('');
    case 'house':
      return `<rect x="380" y="400" width="440" height="260" fill="#f5efe6"/><polygon points="340,410 600,250 860,410" fill="${fg}"/><rect x="560" y="520" width="80" height="140" fill="${dark}"/><rect x="430" y="460" width="80" height="70" fill="${dark}"/><rect x="690" y="460" width="80" height="70" fill="${dark}"/>`;
    case 'people':
      return [260, 480, 700, 920]
        .map(
          (x, i) =>
            `<circle cx="${x}" cy="${380 + (i % 2) * 20}" r="55" fill="${fg}"/><rect x="${x - 70}" y="${445 + (i % 2) * 20}" width="140" height="230" rx="60" fill="${dark}"/>`,
        )
        .join('');
    case 'workshop':
      return `<rect x="200" y="420" width="800" height="40" fill="${dark}"/><rect x="240" y="460" width="30" height="200" fill="${dark}"/><rect x="930" y="460" width="30" height="200" fill="${dark}"/>${[300, 450, 600, 750].map((x) => `<rect x="${x}" y="340" width="110" height="80" rx="8" fill="${fg}"/>`).join('')}`;
    case 'field':
      return [0, 1, 2, 3, 4]
        .map((i) => `<path d="M0 ${470 + i * 45} Q600 ${430 + i * 45} 1200 ${470 + i * 45}" stroke="${fg}" stroke-width="22" fill="none"/>`)
        .join('');
  }
}

function drawSvg(photo: DemoPhoto, seed: string): string {
  const [sky, fg, dark] = PALETTES[photo.motif];
  const hue = parseInt(createHash('sha1').update(seed).digest('hex').slice(0, 2), 16);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
<rect width="1200" height="800" fill="${sky}"/>
<circle cx="${900 + (hue % 200)}" cy="150" r="70" fill="#f6e3a1"/>
<rect y="600" width="1200" height="200" fill="${fg}" opacity="0.55"/>
${motifShapes(photo.motif, fg, dark)}
</svg>`;
}

export interface RenderedPhoto {
  large: Buffer;
  thumbnail: Buffer;
  width: number;
  height: number;
}

const LARGE = { width: 1200, quality: 72 };
const THUMBNAIL = { width: 480, quality: 68 };

export async function renderDemoPhoto(photo: DemoPhoto, seed: string): Promise<RenderedPhoto> {
  const svg = drawSvg(photo, seed);
  const cached = await readCached(svg);
  if (cached) return cached;
  const large = await sharp(Buffer.from(svg)).resize(LARGE.width).webp({ quality: LARGE.quality }).toBuffer();
  const thumbnail = await sharp(Buffer.from(svg)).resize(THUMBNAIL.width).webp({ quality: THUMBNAIL.quality }).toBuffer();
  await writeCached(svg, large, thumbnail);
  return { large, thumbnail, width: 1200, height: 800 };
}

/**
 * The tests seed the demo in most files, each in a fresh process, and drawing its 38 photos is most of a
 * seed's time: with DEMO_PHOTO_CACHE_DIR set (vitest.config.mts) each drawing is made once and read
 * back. The key is everything the bytes depend on: the drawing, the sizes and qualities, sharp and libvips.
 */
function cachePath(svg: string): string | null {
  const dir = process.env.DEMO_PHOTO_CACHE_DIR;
  if (!dir) return null;
  const key = createHash('sha256')
    .update(JSON.stringify([svg, LARGE, THUMBNAIL, sharp.versions]))
    .digest('hex');
  return join(dir, key);
}

async function readCached(svg: string): Promise<RenderedPhoto | null> {
  const path = cachePath(svg);
  if (!path) return null;
  try {
    const [large, thumbnail] = await Promise.all([readFile(`${path}.large.webp`), readFile(`${path}.thumb.webp`)]);
    return { large, thumbnail, width: 1200, height: 800 };
  } catch {
    return null;
  }
}

async function writeCached(svg: string, large: Buffer, thumbnail: Buffer): Promise<void> {
  const path = cachePath(svg);
  if (!path) return;
  await mkdir(join(path, '..'), { recursive: true });
  // Written aside and renamed, so a test file seeding at the same moment never reads half a photo.
  for (const [suffix, bytes] of [
    ['thumb.webp', thumbnail],
    ['large.webp', large],
  ] as const) {
    const aside = `${path}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(aside, bytes);
    await rename(aside, `${path}.${suffix}`);
  }
}
