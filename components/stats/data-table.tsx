import type { ReactNode } from 'react';

interface DataColumn {
  header: string;
  numeric?: boolean;
}

interface DataRow {
  key: string;
  /** The first cell names the row (a row header); the others are its values. */
  cells: ReactNode[];
}

/** A plain, complete table of a chart's numbers: what screen readers and printouts rely on. */
export function DataTable({ caption, columns, rows, foot }: { caption: ReactNode; columns: DataColumn[]; rows: DataRow[]; foot?: ReactNode }) {
  const align = (column: DataColumn | undefined) => (column?.numeric ? 'text-right tabular-nums' : 'text-left');
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-sm font-medium text-stone-800">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-stone-300">
            {columns.map((column) => (
              <th key={column.header} scope="col" className={`px-2 py-1.5 font-semibold text-stone-800 ${align(column)}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-stone-200 align-top">
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className={`px-2 py-1.5 font-normal ${align(columns[i])}`}>
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={`px-2 py-1.5 ${align(columns[i])}`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {foot && (
          <tfoot>
            <tr>
              <td colSpan={columns.length} className="px-2 pt-2 text-xs text-stone-600">
                {foot}
              </td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
