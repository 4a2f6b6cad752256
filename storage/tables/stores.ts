// Wires the domain stores onto any EntityTable backend (Azure Tables or memory): one logic, two backends.
import type { TableFactory } from '../entity-table.js';
import type { Stores } from '../ports.js';
import { TableAuditLog } from './audit.js';
import { TableConsultantChannelStore } from './consultant-channels.js';
import { TableCountStore } from './counts.js';
import { TableEntryStore } from './entries.js';
import { TableIntervisieStore } from './intervisie.js';
import { TablePlanStore } from './plans.js';
import { PracticeRecordTables } from './practice-records.js';
import { TablePracticeStore, type PracticeCacheOptions } from './practices.js';
import { TablePracticeRecordStore } from './records.js';
import { TableConversationReferenceStore } from './references.js';
import { TableStateStore } from './state.js';
import { BoundedMap } from './bounded-map.js';
import { RegionMirror } from './region-mirror.js';
import { TableLeaseStore } from './leases.js';
import { TableOutboxStore } from './outbox.js';

export interface BuildOptions {
  /**
   * Told of a storage fault that does not fail the operation it happened in: a region copy not written after its
   * record was (the record stands, the region read falls back), superseded copies not deleted. Default: a warning.
   */
  onBackgroundError?: (err: unknown) => void;
  /** Practices served from this process's memory for a while (practices.ts PracticeCacheOptions); default: never. */
  practiceCache?: PracticeCacheOptions;
}

// About 5,000 practices nationally: the region of each is a few hundred KB.
const KNOWN_REGIONS = 10_000;

export function buildStores(table: TableFactory, options: BuildOptions = {}): Stores {
  const onError = options.onBackgroundError ?? ((err: unknown) => process.emitWarning(err instanceof Error ? err : String(err)));
  const practices = table('practices');
  const recordsTable = table('records');
  // Which region each practice is in, as this process last read it: a record write copies its summary there.
  const regions = new BoundedMap<string, string>(KNOWN_REGIONS);
  const mirror = new RegionMirror(recordsTable);
  const records = new PracticeRecordTables(
    recordsTable,
    { plans: table('plans'), intervisie: table('intervisie'), counts: table('counts') },
    { copies: mirror, regionOf: (id) => regions.get(id), onError },
  );
  const practiceStore = new TablePracticeStore(practices, (p) => regions.set(p.id, p.region), options.practiceCache);
  return {
    practices: practiceStore,
    consultantChannels: new TableConsultantChannelStore(table('consultantChannels')),
    plans: new TablePlanStore(records),
    intervisie: new TableIntervisieStore(records),
    counts: new TableCountStore(records),
    entries: new TableEntryStore(records),
    records: new TablePracticeRecordStore(records, practiceStore, mirror, onError),
    references: new TableConversationReferenceStore(table('references')),
    audit: new TableAuditLog(table('audit'), recordsTable),
    state: new TableStateStore(table('state')),
    jobs: { leases: new TableLeaseStore(table('jobs')), outbox: new TableOutboxStore(table('jobs')) },
    health: { ping: () => practices.ping() },
  };
}
