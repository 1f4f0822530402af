import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Be Vietnam Pro (SIL Open Font License 1.1, see SOURCES.md), shipped by an npm package so that a fresh
 * clone draws every Vietnamese letter without system fonts. Resolved from the project root, as the
 * migrations are: a bundled route handler has no useful __dirname.
 */
const FONT_PACKAGE = '@expo-google-fonts/be-vietnam-pro';
const STYLES = { body: '400Regular', bold: '700Bold', italic: '400Regular_Italic' } as const;

let files: Record<keyof typeof STYLES, Buffer> | undefined;

function fontFiles(): Record<keyof typeof STYLES, Buffer> {
  if (!files) {
    const resolve = createRequire(join(process.cwd(), 'package.json')).resolve;
    const read = (style: string) => readFileSync(resolve(`${FONT_PACKAGE}/${style}/BeVietnamPro_${style}.ttf`));
    files = { body: read(STYLES.body), bold: read(STYLES.bold), italic: read(STYLES.italic) };
  }
  return files;
}

/** Registers 'body', 'bold' and 'italic', and starts the document in 'body'. */
export function registerVietnameseFonts(doc: PDFKit.PDFDocument): void {
  const loaded = fontFiles();
  for (const name of Object.keys(STYLES) as (keyof typeof STYLES)[]) doc.registerFont(name, loaded[name]);
  doc.font('body');
}
