/**
 * For each leaf column of a table, the labels of the header cells above it, top to bottom
 * (e.g. ["本年支出", "小计"]), worked out from the grouped header's colSpan/rowSpan grid.
 */
import type { DisclosureTable } from "@/lib/disclosure/model";

export function leafHeaderLabels(table: DisclosureTable): string[][] {
  const width = table.columns.length;
  const paths: string[][] = Array.from({ length: width }, () => []);
  // occupied[r][c]: a cell from an earlier row spans down into (r, c).
  const occupied: boolean[][] = table.headerRows.map(() => new Array<boolean>(width).fill(false));
  table.headerRows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (c < width && occupied[r][c]) c++;
      for (let dc = 0; dc < cell.colSpan && c + dc < width; dc++) {
        const path = paths[c + dc];
        if (path[path.length - 1] !== cell.label) path.push(cell.label);
        for (let dr = 1; dr < cell.rowSpan && r + dr < occupied.length; dr++) occupied[r + dr][c + dc] = true;
      }
      c += cell.colSpan;
    }
  });
  return paths.map((p, i) => (p.length > 0 ? p : [table.columns[i].label]));
}
