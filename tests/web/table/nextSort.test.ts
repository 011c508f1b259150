import { describe, expect, it } from 'vitest';
import { nextSort } from '../../../web/src/table/nextSort.ts';

describe('nextSort: what a click on a column header asks for', () => {
  it('the sorted column turns its order round, each click from the state it finds', () => {
    const once = nextSort({ column: 'speaker', descending: false }, 'speaker');
    expect(once).toEqual({ column: 'speaker', descending: true });
    expect(nextSort(once, 'speaker')).toEqual({ column: 'speaker', descending: false });
  });

  it('another column starts ascending, whatever the order was', () => {
    expect(nextSort({ column: 'date', descending: true }, 'document')).toEqual({
      column: 'document',
      descending: false,
    });
  });
});
