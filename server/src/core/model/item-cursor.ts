/**
 * The rows of an item table (visits, complications, `followup` lines) that each
 * patient or procedure owns, for a reader that comes to their owners in text
 * order, as the checks' walk and the figures' input do: the rows of the next
 * owner are found by stepping on from where the last owner's ended, not by a
 * binary search of the whole table (ItemTable.firstOf) for every owner.
 *
 * A reader keeps one cursor for each table it reads. A literal and plain
 * functions, not a class instance (see validation/walk.ts).
 */
import type { ItemTable } from "../syntax/tree/item-tables";

export interface ItemCursor {
  readonly table: ItemTable;
  /** The rows of the last owner asked for: from `first` up to `end`. */
  first: number;
  end: number;
}

export function itemCursor(table: ItemTable): ItemCursor {
  return { table, first: 0, end: 0 };
}

/**
 * Moves the cursor to the rows of owner row `owner` (none: `first` = `end`). An
 * owner after the last one asked for is found by stepping over the rows between;
 * one before it, or the same again, by a search.
 */
export function rowsOf(cursor: ItemCursor, owner: number): void {
  const table = cursor.table;
  const count = table.count;
  let first = cursor.end;
  if (first > 0 && table.owner(first - 1) >= owner) first = table.firstOf(owner);
  else while (first < count && table.owner(first) < owner) first++;
  let end = first;
  while (end < count && table.owner(end) === owner) end++;
  cursor.first = first;
  cursor.end = end;
}
