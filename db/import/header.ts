// The header row against a kind's columns: names exact, order free. A misspelt header is an error,
// never silently ignored, because its column's values would be lost.
import type { Column } from './kinds/kind.js';
import type { IssueList } from './issues.js';

export function checkHeader(header: string[], line: number, columns: readonly Column[], issues: IssueList): void {
  const known = new Set(columns.map((column) => column.name));
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === '') {
      issues.add(line, `column ${index + 1}`, 'the header cell is empty; every column needs a name');
    } else if (name.includes('\0')) {
      issues.add(line, `column ${index + 1}`, 'the header cell contains a NUL character (U+0000)');
    } else if (!known.has(name)) {
      issues.add(line, name, `unknown column; the columns are ${columns.map((column) => column.name).join(', ')}`);
    } else if (seen.has(name)) {
      issues.add(line, name, 'the column appears more than once in the header');
    }
    seen.add(name);
  });
  for (const column of columns) {
    if (column.required && !seen.has(column.name))
      issues.add(line, column.name, 'required column is missing from the header');
  }
}
