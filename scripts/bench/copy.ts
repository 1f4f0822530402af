import { getTableColumns, type Table } from 'drizzle-orm';
import type { TransactionSql } from 'postgres';

/** One value in COPY's text format: \N for null, backslash escapes for the separators. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = Array.isArray(value)
    ? `{${value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`
    : String(value);
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/**
 * Streams rows (drizzle property names, as the generator makes them) into a table with COPY:
 * PostgreSQL only, several times faster than multi-row INSERTs of the same rows.
 */
export async function copyRows(sql: TransactionSql, table: Table, tableName: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = Object.keys(rows[0]!);
  const names = keys.map((k) => {
    const column = columns[k];
    if (!column) throw new Error(`${tableName} has no column for ${k}`);
    return `"${column.name}"`;
  });
  const stream = await sql.unsafe(`COPY ${tableName} (${names.join(', ')}) FROM STDIN`).writable();
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  let chunk = '';
  for (const row of rows) {
    chunk += `${keys.map((k) => copyValue(row[k])).join('\t')}\n`;
    if (chunk.length > 256_000) {
      if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
      chunk = '';
    }
  }
  stream.end(chunk);
  await done;
}
