/** A physical row of a file: its line (CSV) or row number (XLSX), and its cells' texts. */
export interface SheetRow {
  line: number;
  cells: string[];
}
