// A region's copy of its practices' summaries, for reading a whole region in pages (issue 11 §4: the weekly summary,
// the reminders). Partition `region|<region>` of table `records` (a practice's partition is its encoded id, in which `|`
// never occurs), RowKey `<encoded practice id>|<summary seq 10>`: every record write adds the row of its own sequence
// number after its transaction, never overwriting one, so two writers landing out of order leave both rows and a reader
// takes the highest. The reader deletes the rows it superseded (and those of practices that moved region) in batches.
import * as z from 'zod';
import type { EntityTable, StoredEntity, TransactionAction } from '../entity-table.js';
import { encodeKey, joinKey, padNumber } from '../keys.js';
import { num, parseEntity, readChunks, writeChunks } from './codec.js';
import { SUMMARY_FORMAT, type Summary } from './summary.js';
import { decodeSummary, encodeSummary, isReadableFormat } from './summary-codec.js';

const MirrorEntity = z.object({ practiceId: z.string(), seq: num, format: num });
/** Azure's limit per transaction. */
const BATCH = 100;

export interface Mirrored {
  summary: Summary;
  seq: number;
}

export function regionPartition(region: string): string {
  return joinKey('region', region);
}

export class RegionMirror {
  constructor(private readonly records: EntityTable) {}

  /** The row of `seq` (an upsert: the same sequence number always carries the same summary). */
  async write(region: string, practiceId: string, mirrored: Mirrored): Promise<void> {
    await this.records.upsert({
      partitionKey: regionPartition(region),
      rowKey: joinKey(encodeKey(practiceId), padNumber(mirrored.seq, 10)),
      practiceId,
      seq: mirrored.seq,
      format: SUMMARY_FORMAT,
      ...writeChunks('summary', encodeSummary(mirrored.summary)),
    });
  }

  /**
   * The newest mirrored summary of each of `practiceIds` in the region (absent: none, or of another format), and the
   * rows to delete: older sequence numbers, practices no longer in the region.
   */
  async read(region: string, practiceIds: ReadonlySet<string>): Promise<{ found: Map<string, Mirrored>; obsolete: StoredEntity[] }> {
    const rows = await this.records.query({ partitionKey: regionPartition(region) });
    const newest = new Map<string, { row: StoredEntity; seq: number; format: number }>();
    const obsolete: StoredEntity[] = [];
    for (const row of rows) {
      const { practiceId, seq, format } = parseEntity(MirrorEntity, row, 'region summary');
      const seen = newest.get(practiceId);
      if (!practiceIds.has(practiceId)) obsolete.push(row);
      else if (seen === undefined || seen.seq < seq) {
        if (seen !== undefined) obsolete.push(seen.row);
        newest.set(practiceId, { row, seq, format });
      } else obsolete.push(row);
    }
    const found = new Map<string, Mirrored>();
    for (const [practiceId, { row, seq, format }] of newest) {
      if (isReadableFormat(format))
        found.set(practiceId, { seq, summary: decodeSummary(readChunks('summary', row), format, 'region summary') });
    }
    return { found, obsolete };
  }

  /** Deletes rows a read found obsolete, 100 per request. */
  async remove(rows: readonly StoredEntity[]): Promise<void> {
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH).map((r): TransactionAction => ['delete', { partitionKey: r.partitionKey, rowKey: r.rowKey }]);
      await this.records.transaction(batch);
    }
  }
}
