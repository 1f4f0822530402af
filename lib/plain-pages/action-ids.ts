import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestEntry {
  filename?: string;
  exportedName?: string;
}

/**
 * The ids Next gave the server actions in this build, by source file and export name, read from the
 * build's server-reference manifest: a page rendered without Next writes them into its forms.
 */
export function readActionIds(manifestJson: string): Map<string, string> {
  const manifest = JSON.parse(manifestJson) as { node?: Record<string, ManifestEntry> };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    if (entry.filename && entry.exportedName) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  }
  return ids;
}

let loaded: Map<string, string> | null = null;

export function actionId(filename: string, exportedName: string): string {
  loaded ??= readActionIds(readFileSync(join(process.cwd(), '.next', 'server', 'server-reference-manifest.json'), 'utf8'));
  const id = loaded.get(`${filename}#${exportedName}`);
  if (!id) throw new Error(`Bản dựng không có hành động máy chủ ${exportedName} (${filename}): chạy lại npm run build.`);
  return id;
}
