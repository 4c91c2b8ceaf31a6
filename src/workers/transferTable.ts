import type { BreachTable, TableSpan } from '../data/table/BreachTable';

/** A BreachTable without its two string columns, as posted from the worker (arrays transferred). */
export type TableMessage = Omit<BreachTable, 'id' | 'name'>;

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
  const message: TableMessage = {
    length: table.length,
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

/** The page's table: the posted columns plus the id and name columns that arrived in batches. */
export function tableFromMessage(
  message: TableMessage,
  id: readonly string[],
  name: readonly string[],
): BreachTable {
  if (id.length !== message.length || name.length !== message.length) {
    throw new RangeError(
      `tableFromMessage: ${message.length} rows but ${id.length} ids and ${name.length} names`,
    );
  }
  return { ...message, id, name };
}
