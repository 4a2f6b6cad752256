// A region's copy of its practices' summaries, for reading a whole region in pages (issue 11 §4: the weekly summary,
// the reminders). Partition `region|<region>` of table `records` (a practice's partition is its encoded id, in which `|`
// never occurs), RowKey `<encoded practice id>|<slot>`: every record write upserts the slot of its sequence number
// (seq mod 2) after its transaction, so a copy that lands late overwrites at most the copy two writes back, never the one
// just before it, and a reader takes the higher sequence number of the two. A practice has at most two rows, so the
// partition does not grow with writes (issue 10: Azurite reads a partition's rows for every point operation in it).
// Rows of the first layout (`<id>|<seq 10>`, one per write) are still read, and deleted once superseded, as are the
// rows of practices no longer in the region; a slot row is never deleted for being superseded, because a writer may be
// filling it again at that moment.
import * as z from 'zod';
import type { EntityTable, StoredEntity, TransactionAction } from '../entity-table.js';
import { encodeKey, joinKey } from '../keys.js';
import { num, parseEntity, readChunks, writeChunks } from './codec.js';
import { SUMMARY_FORMAT, type Summary } from './summary.js';
import { decodeSummary, encodeSummary, isReadableFormat } from './summary-codec.js';

const MirrorEntity = z.object({ practiceId: z.string(), seq: num, format: num });
/** Azure's limit per transaction. */
const BATCH = 100;
const SLOTS = 2;
/** A RowKey of the first layout: the sequence number in 10 digits, a row per write. */
const PER_WRITE = /\|\d{10}$/;

export interface Mirrored {
  summary: Summary;
  seq: number;
}

export function regionPartition(region: string): string {
  return joinKey('region', region);
}

export class RegionMirror {
  constructor(private readonly records: EntityTable) {}

  /** The slot of `seq` (an upsert: the same sequence number always carries the same summary). */
  async write(region: string, practiceId: string, mirrored: Mirrored): Promise<void> {
    await this.records.upsert({
      partitionKey: regionPartition(region),
      rowKey: joinKey(encodeKey(practiceId), String(mirrored.seq % SLOTS)),
      practiceId,
      seq: mirrored.seq,
      format: SUMMARY_FORMAT,
      ...writeChunks('summary', encodeSummary(mirrored.summary)),
    });
  }

  /**
   * The newest mirrored summary of each of `practiceIds` in the region (absent: none, or of another format), and the
   * rows to delete: superseded rows of the first layout, practices no longer in the region.
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
        if (seen !== undefined && PER_WRITE.test(seen.row.rowKey)) obsolete.push(seen.row);
        newest.set(practiceId, { row, seq, format });
      } else if (PER_WRITE.test(row.rowKey)) obsolete.push(row);
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
