import type { BreachTable, TableSpan } from '../data/table/BreachTable';
import {
  copyIdColumn,
  copyTextColumn,
  textBuffers,
  type IdColumn,
  type TextColumn,
} from '../data/table/textColumn';

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
  const copy = <
    A extends Int16Array | Int32Array | Float64Array | Uint8Array | Uint16Array | Uint32Array,
  >(
    a: A,
  ): A => {
    const c = a.slice() as A;
    transfer.push(c.buffer as ArrayBuffer);
    return c;
  };
  const category = <A extends Uint8Array | Uint16Array>(c: {
    codes: A;
    keys: readonly string[];
    labels: readonly string[];
  }) => ({ codes: copy(c.codes), keys: c.keys, labels: c.labels });
  const text = (c: TextColumn): TextColumn => {
    const copied = copyTextColumn(c);
    transfer.push(...textBuffers(copied));
    return copied;
  };
  const ids = (c: IdColumn): IdColumn => {
    const copied = copyIdColumn(c);
    transfer.push(copied.day.buffer as ArrayBuffer, ...textBuffers(copied.rest));
    return copied;
  };
  const message: TableMessage = {
    length: table.length,
    id: ids(table.id),
    name: text(table.name),
    day: copy(table.day),
    year: copy(table.year),
    month: copy(table.month),
    individuals: copy(table.individuals),
    hasCount: copy(table.hasCount),
    state: category(table.state),
    entityType: category(table.entityType),
    businessAssociate: category(table.businessAssociate),
    status: category(table.status),
    breachTypes: {
      masks: copy(table.breachTypes.masks),
      keys: table.breachTypes.keys,
      labels: table.breachTypes.labels,
    },
    locations: {
      masks: copy(table.locations.masks),
      keys: table.locations.keys,
      labels: table.locations.labels,
    },
    placeholder: copy(table.placeholder),
    webDescription: copy(table.webDescription),
    firstSeen: copy(table.firstSeen),
    lastSeen: copy(table.lastSeen),
    seenIn: copy(table.seenIn),
    span: table.span === null ? null : ({ ...table.span } satisfies TableSpan),
  };
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
