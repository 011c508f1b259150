// Cells a spreadsheet would run as a formula. Excel, LibreOffice and Google Sheets evaluate a
// cell that starts with =, +, - or @ (and, through some import paths, a tab or a carriage
// return), so a quotation in an article reading `=HYPERLINK("http://…")` becomes a live link or
// worse when a user opens the CSV (CSV injection). Such a cell gets a leading apostrophe, which
// spreadsheets read as "text, do not evaluate"; signed numbers ("-3", "+12.5%") are left as
// they are. Used by the viewer's table export always, and by `export -o X.csv
// --spreadsheet-safe` (off by default there: Neo4j, Gephi and pandas take the text exactly).
// Browser-safe.

const FORMULA_START = /^[=+\-@\t\r]/;
const SIGNED_NUMBER = /^[+-]?\d+([.,]\d+)?%?$/;

/** The cell as a spreadsheet shows it as text: an apostrophe before a would-be formula. */
export function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) && !SIGNED_NUMBER.test(value) ? `'${value}` : value;
}
