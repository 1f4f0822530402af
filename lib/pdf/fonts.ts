import 'server-only';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// Be Vietnam Pro (SIL Open Font License 1.1, embedding allowed) from its npm package: a fresh clone needs no
// system fonts and nothing is fetched. Resolved from the project root at run time rather than bundled, so the
// same path works under `next build` + scripts/server.ts and in vitest.
const FONT_FILES = {
  body: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  bold: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
} as const;

let loaded: Record<keyof typeof FONT_FILES, Buffer> | null = null;

function fontBytes(): Record<keyof typeof FONT_FILES, Buffer> {
  if (!loaded) {
    const fromRoot = createRequire(join(process.cwd(), 'package.json'));
    loaded = { body: readFileSync(fromRoot.resolve(FONT_FILES.body)), bold: readFileSync(fromRoot.resolve(FONT_FILES.bold)) };
  }
  return loaded;
}

/** Registers the fonts 'body' and 'bold' (full Vietnamese coverage) on a document; pdfkit embeds only the glyphs used. */
export function registerVietnameseFonts(doc: PDFKit.PDFDocument): void {
  const bytes = fontBytes();
  doc.registerFont('body', bytes.body);
  doc.registerFont('bold', bytes.bold);
}
