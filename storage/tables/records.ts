// What status reads: the practice's summary (practice-records.ts), as the facts the full records give.
import type { Region } from '../../rules/model.js';
import type { PracticeRecords, PracticeRecordStore, PracticeStore, PracticeWithRecords } from '../ports.js';
import type { PracticeRecordTables } from './practice-records.js';
import { recordsOf } from './summary.js';

const READ_CONCURRENCY = 8;

export class TablePracticeRecordStore implements PracticeRecordStore {
  constructor(
    private readonly tables: PracticeRecordTables,
    private readonly practices: PracticeStore,
  ) {}

  async get(practiceId: string): Promise<PracticeRecords> {
    return recordsOf(await this.tables.summary(practiceId));
  }

  /** The region's practices (pages of one partition), then each one's summary, 8 at a time. */
  async listByRegion(region: Region): Promise<PracticeWithRecords[]> {
    const practices = await this.practices.listByRegion(region);
    const out: PracticeWithRecords[] = [];
    for (let i = 0; i < practices.length; i += READ_CONCURRENCY) {
      const batch = practices.slice(i, i + READ_CONCURRENCY);
      out.push(...(await Promise.all(batch.map(async (practice) => ({ practice, records: await this.get(practice.id) })))));
    }
    return out;
  }
}
