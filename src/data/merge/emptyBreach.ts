import type { ExportRecord, MergedBreach } from '../schema/types';

/**
 * A merged breach carrying one record's values and no history yet (or, given `seenIn`, the
 * record's sighting in that snapshot); the merge fills id and history.
 */
export function emptyBreach(record: ExportRecord, seenIn?: string): MergedBreach {
  return {
    id: '',
    name: record.name,
    state: record.state,
    entityType: record.entityType,
    individuals: record.individuals,
    submitted: record.submitted,
    breachTypes: record.breachTypes,
    locations: record.locations,
    businessAssociate: record.businessAssociate,
    hasWebDescription: false,
    status: 'closed',
    placeholder: false,
    snapshots: seenIn === undefined ? [] : [seenIn],
    countHistory:
      seenIn === undefined ? [] : [{ snapshot: seenIn, individuals: record.individuals }],
  };
}
