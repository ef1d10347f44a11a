/**
 * Tables of rows of text cells as one string and a list of numbers, to send from a worker thread:
 * a worker's message copies one string several times faster than the arrays of strings it stands
 * for, and JSON would be written on one side and parsed on the other (some 20 µs a page of the
 * worker's time, the run's critical path). The numbers say, table by table, how many rows, then
 * row by row how many cells, then each cell's length; the text is the cells one after the other, so
 * any text (quotes, line breaks, control characters) stands for itself.
 */

export interface PackedRows {
  readonly text: string;
  readonly shape: Int32Array;
}

export type Table = ReadonlyArray<readonly string[]>;

export function packRows(tables: readonly Table[]): PackedRows {
  let numbers = 0;
  for (const t of tables) {
    numbers += 1 + t.length;
    for (const row of t) numbers += row.length;
  }
  const shape = new Int32Array(numbers);
  const cells: string[] = [];
  let n = 0;
  for (const t of tables) {
    shape[n++] = t.length;
    for (const row of t) {
      shape[n++] = row.length;
      for (const cell of row) {
        shape[n++] = cell.length;
        cells.push(cell);
      }
    }
  }
  return { text: cells.join(''), shape };
}

/** The tables packRows packed (`count` of them), each row a new array of its cells. */
export function unpackRows(p: PackedRows, count: number): string[][][] {
  const tables: string[][][] = [];
  let n = 0;
  let at = 0;
  const next = (): number => {
    if (n >= p.shape.length) throw new Error('packed rows: the shape ends early');
    return p.shape[n++]!;
  };
  for (let t = 0; t < count; t++) {
    const rows: string[][] = [];
    for (let r = next(); r > 0; r--) {
      const row: string[] = [];
      for (let c = next(); c > 0; c--) {
        const length = next();
        row.push(p.text.slice(at, at + length));
        at += length;
      }
      rows.push(row);
    }
    tables.push(rows);
  }
  if (n !== p.shape.length || at !== p.text.length) throw new Error('packed rows: the shape does not match the text');
  return tables;
}
