// What status reads: the practice's summary (practice-records.ts), as the facts the full records give; and a region's
// practices with their summaries from the region copies (region-mirror.ts), in pages rather than a read per practice.
import type { Region } from '../../rules/model.js';
import type { PracticeRecords, PracticeRecordStore, PracticeStore, PracticeWithRecords } from '../ports.js';
import type { PracticeRecordTables } from './practice-records.js';
import type { RegionMirror } from './region-mirror.js';
import { recordsOf } from './summary.js';

const READ_CONCURRENCY = 8;

export class TablePracticeRecordStore implements PracticeRecordStore {
  constructor(
    private readonly tables: PracticeRecordTables,
    private readonly practices: PracticeStore,
    private readonly mirror: RegionMirror,
    private readonly onError: (err: unknown) => void,
  ) {}

  async get(practiceId: string): Promise<PracticeRecords> {
    return recordsOf(await this.tables.summary(practiceId));
  }

  /**
   * The region's practices (pages of one partition) and their region copies (pages of another). A practice without a
   * current copy (written before copies existed, by a process that did not know its region, or just moved here) is read
   * by its summary, 8 at a time, and its copy written, so the next read finds it; superseded copies are deleted.
   */
  async listByRegion(region: Region): Promise<PracticeWithRecords[]> {
    const practices = await this.practices.listByRegion(region);
    const { found, obsolete } = await this.mirror.read(region, new Set(practices.map((p) => p.id)));
    // Parsed by this read and held by nobody else, so their plans need no copy (a summary read by tables.current may
    // be the one its cache of parsed summaries holds, so those are copied).
    const fresh = new Set(found.keys());
    const missing = practices.filter((p) => !found.has(p.id));
    for (let i = 0; i < missing.length; i += READ_CONCURRENCY) {
      await Promise.all(
        missing.slice(i, i + READ_CONCURRENCY).map(async (p) => {
          const current = await this.tables.current(p.id);
          found.set(p.id, current);
          await this.mirror.write(region, p.id, current);
        }),
      );
    }
    // Tidying: a failure leaves rows the next read skips again; it is reported, the answer stands.
    await this.mirror.remove(obsolete).catch(this.onError);
    return practices.flatMap((practice) => {
      const mirrored = found.get(practice.id);
      return mirrored === undefined ? [] : [{ practice, records: recordsOf(mirrored.summary, fresh.has(practice.id)) }];
    });
  }
}
