// What a click on a column's header asks for: the same column turns its order round, another
// column sorts ascending. Decided from the view state at the moment of the click, never from what
// the table last drew: the table redraws in a later task, so two quick clicks would otherwise both
// read the old order and the second would undo nothing.
import type { TableColumn, TableSort } from '../state/types.ts';

export function nextSort(current: TableSort, column: TableColumn): TableSort {
  return { column, descending: current.column === column ? !current.descending : false };
}
