// What status reads: the practice's summary (practice-records.ts), as the facts the full records give.
import type { PracticeRecords, PracticeRecordStore } from '../ports.js';
import type { PracticeRecordTables } from './practice-records.js';
import { recordsOf } from './summary.js';

export class TablePracticeRecordStore implements PracticeRecordStore {
  constructor(private readonly tables: PracticeRecordTables) {}

  async get(practiceId: string): Promise<PracticeRecords> {
    return recordsOf(await this.tables.summary(practiceId));
  }
}
