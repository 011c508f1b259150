// Publication dates: parsing them as written, a document's date, comparing dates.
export { parseDate, type CalendarDate } from './parseDate.ts';
export {
  documentDate,
  openingDateline,
  DATE_SOURCES,
  type DateSource,
  type DocumentDate,
  type DatedDocument,
} from './documentDate.ts';
export { compareDates, isBefore, dateKey, UNDATED_KEY } from './compare.ts';
