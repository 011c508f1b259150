import { describe, expect, it } from 'vitest';
import { COLUMNS, COLUMN_GAP, ROW_PADDING, minRowWidth, track } from '../../../web/src/table/columns.ts';

/** The table's column at a 1280 px window: 1280 − filters (230) − details (400), in web/src/styles.css. */
const TABLE_AT_1280 = 650;

describe('statement table columns', () => {
  it('fixed columns keep their minimum; free-text columns share the room beyond it', () => {
    expect(track({ ...COLUMNS[0]!, min: 84, grow: undefined })).toBe('84px');
    expect(track({ ...COLUMNS[0]!, min: 72, grow: 2.4 })).toBe('minmax(72px, 2.4fr)');
  });

  it('the narrowest row is the minimums, the gaps between columns and the padding', () => {
    const two = COLUMNS.slice(0, 2);
    expect(minRowWidth(two)).toBe(two[0]!.min + two[1]!.min + COLUMN_GAP + 2 * ROW_PADDING);
    expect(minRowWidth([])).toBe(2 * ROW_PADDING);
  });

  it('all columns fit the table at a 1280 px window, with room for a scroll bar', () => {
    expect(minRowWidth(COLUMNS) + 16).toBeLessThanOrEqual(TABLE_AT_1280);
  });
});
