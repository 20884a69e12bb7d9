// What a file may hold at most (README, "Importing data"). A file past a limit is refused, not read
// further: these bound the memory and the time a crafted file can cost, and are far above anything a
// branch exports (Excel itself stops at 1,048,576 rows and 32,767 characters a cell).

/** Rows of a file after its header, blank ones included. */
export const MAX_ROWS = 5_000_000;

/** Characters in one cell: Excel's own limit. A column's own limit (e.g. `ref`, 64) is stricter. */
export const MAX_CELL_CHARS = 32_767;

/** A CSV row as bytes: room for every column of a kind at MAX_CELL_CHARS of Chinese text. */
export const MAX_CSV_ROW_BYTES = 4 * 1024 * 1024;

/** An XLSX part (zip entry) once inflated: the sheet and its shared strings. */
export const MAX_PART_BYTES = 1024 ** 3;

/** The workbook's other parts read (its index, relationships and styles), once inflated. */
export const MAX_SMALL_PART_BYTES = 16 * 1024 ** 2;

/** All parts read from one XLSX together, once inflated. */
export const MAX_WORKBOOK_BYTES = 2 * 1024 ** 3;

/** Entries of an XLSX zip (a workbook has a few dozen). */
export const MAX_ZIP_ENTRIES = 10_000;

/**
 * Texts in an XLSX's shared-string table, which is held in memory while the sheet is read (a sheet
 * refers to them by number). 16 columns × Excel's 1,048,576 rows, each a different text.
 */
export const MAX_SHARED_STRINGS = 16 * 1_048_576;
