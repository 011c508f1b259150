// CSV export: a nodes table and an edges table, for Gephi's spreadsheet import, Neo4j's bulk
// importer, Excel, pandas and Python's csv module. Browser-safe.
export { graphToCsv, wellFormed, type CsvOptions, type CsvTables } from './write.ts';
export { CSV_HEADERS, isCsvHeader, relationshipType, type CsvHeader } from './headers.ts';
export { spreadsheetSafe } from './spreadsheetSafe.ts';
