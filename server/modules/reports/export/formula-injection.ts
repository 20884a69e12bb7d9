// Formula injection (OWASP "CSV Injection"): a spreadsheet takes a text cell that begins with =, +, -,
// @, a tab or a carriage return for a formula, so a unit name such as =HYPERLINK(…) in an export would
// run on the reader's machine. Such a text goes out with a single quote before it, which spreadsheets
// read as "this is text". Numbers are never text here: a negative figure stays a number cell.

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text as a spreadsheet will show it and never run it: '=1+2 for =1+2; anything else unchanged. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
