import type { BreachTable } from '../data/table/BreachTable';
import { mapTypedArrays } from '../data/table/mapTypedArrays';

/**
 * A BreachTable as posted from a worker: every column a typed array, the ids and names included
 * (string stores), all transferred, so the page only takes ownership (no copying, no strings to
 * split or collect).
 */
export type TableMessage = BreachTable;

/**
 * Copies of the table's typed arrays and the buffers to transfer. Copies, because the worker keeps
 * its own (to store them); the transfer then costs the page nothing but taking ownership.
 */
export function tableMessage(table: BreachTable): {
  message: TableMessage;
  transfer: ArrayBuffer[];
} {
  const transfer: ArrayBuffer[] = [];
  const message = mapTypedArrays(table, (a) => {
    const copy = a.slice();
    transfer.push(copy.buffer as ArrayBuffer);
    return copy;
  });
  return { message, transfer };
}

/** The page's table from a posted message (checks the text columns fit the rows). */
export function tableFromMessage(message: TableMessage): BreachTable {
  const { length } = message;
  if (
    message.id.day.length !== length ||
    message.id.rest.codes.length !== length ||
    message.name.codes.length !== length
  ) {
    throw new RangeError(
      `tableFromMessage: ${length} rows but ${message.id.day.length} ids and ${message.name.codes.length} names`,
    );
  }
  return message;
}
