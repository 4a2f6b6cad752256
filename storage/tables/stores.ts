// Wires the domain stores onto any EntityTable backend (Azure Tables or memory): one logic, two backends.
import type { TableFactory } from '../entity-table.js';
import type { Stores } from '../ports.js';
import { TableAuditLog } from './audit.js';
import { TableConsultantChannelStore } from './consultant-channels.js';
import { TableCountStore } from './counts.js';
import { TableIntervisieStore } from './intervisie.js';
import { TablePlanStore } from './plans.js';
import { PracticeRecordTables } from './practice-records.js';
import { TablePracticeStore } from './practices.js';
import { TablePracticeRecordStore } from './records.js';
import { TableConversationReferenceStore } from './references.js';
import { TableStateStore } from './state.js';
import { TableLeaseStore } from './leases.js';
import { TableOutboxStore } from './outbox.js';

export function buildStores(table: TableFactory): Stores {
  const practices = table('practices');
  const records = new PracticeRecordTables(table('records'), {
    plans: table('plans'),
    intervisie: table('intervisie'),
    counts: table('counts'),
  });
  const practiceStore = new TablePracticeStore(practices);
  return {
    practices: practiceStore,
    consultantChannels: new TableConsultantChannelStore(table('consultantChannels')),
    plans: new TablePlanStore(records),
    intervisie: new TableIntervisieStore(records),
    counts: new TableCountStore(records),
    records: new TablePracticeRecordStore(records, practiceStore),
    references: new TableConversationReferenceStore(table('references')),
    audit: new TableAuditLog(table('audit')),
    state: new TableStateStore(table('state')),
    jobs: { leases: new TableLeaseStore(table('jobs')), outbox: new TableOutboxStore(table('jobs')) },
    health: { ping: () => practices.ping() },
  };
}
