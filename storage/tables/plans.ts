// Table `plans`. PartitionKey = encoded practice id, so one practice's plans are one partition query.
// RowKey `v|<year 2>|<version 6>` per saved version (zero-padded: lexical = numeric order), next to the
// idempotency markers of record-once.ts. The version number is allocated by the insert itself: two
// writers that both chose version n collide on the RowKey (409 inside the transaction, which Azurite
// honours too), and the loser re-reads and takes n + 1. No counter row, no gaps.
import { z } from 'zod';
import { PlannedIntervention } from '../../rules/model.js';
import type { EntityTable, StoredEntity } from '../entity-table.js';
import { encodeKey, joinKey, padNumber, prefixRange } from '../keys.js';
import type { PlanStore, PlanVerdict, PlanVersion, WriteContext } from '../ports.js';
import { defined, num, parseEntity, parseJson, readChunks, writeChunks } from './codec.js';
import { recordOnce } from './record-once.js';

const PlanEntity = z.object({
  practiceId: z.string(),
  year: num,
  version: num,
  verdict: z.string(),
  savedBy: z.string(),
  savedAt: z.string(),
});
const Verdict = z.object({
  ok: z.boolean(),
  ruleSet: z.string(),
  errors: z.number(),
  warnings: z.number(),
  ruleIds: z.array(z.string()),
});

const versionPrefix = (year: number): string => joinKey('v', padNumber(year, 2), '');

function fromEntity(stored: StoredEntity): PlanVersion {
  const row = parseEntity(PlanEntity, stored, 'plan');
  const interventions = parseJson(z.array(PlannedIntervention), readChunks('interventions', stored), 'interventions');
  const verdict: PlanVerdict = parseJson(Verdict, row.verdict, 'verdict');
  return { ...row, interventions, verdict };
}

export class TablePlanStore implements PlanStore {
  constructor(private readonly table: EntityTable) {}

  async saveVersion(
    entry: Omit<PlanVersion, 'version' | 'savedBy' | 'savedAt'>,
    ctx: WriteContext,
  ): Promise<{ version: PlanVersion; created: boolean }> {
    const partitionKey = encodeKey(entry.practiceId);
    const { value, created } = await recordOnce({
      table: this.table,
      partitionKey,
      idempotencyKey: ctx.idempotencyKey,
      what: `plan ${entry.practiceId} year ${entry.year}`,
      parse: fromEntity,
      build: async () => {
        const [last] = (await this.history(entry.practiceId, entry.year)).slice(-1);
        const version: PlanVersion = {
          practiceId: entry.practiceId,
          year: entry.year,
          version: (last?.version ?? 0) + 1,
          interventions: entry.interventions,
          verdict: entry.verdict,
          savedBy: ctx.actor.id,
          savedAt: ctx.at,
        };
        const row = {
          partitionKey,
          rowKey: versionPrefix(version.year) + padNumber(version.version, 6),
          ...defined({
            practiceId: version.practiceId,
            year: version.year,
            version: version.version,
            verdict: JSON.stringify(version.verdict),
            savedBy: version.savedBy,
            savedAt: version.savedAt,
          }),
          // free-text justifications can make the list long: spread over chunks (codec.ts)
          ...writeChunks('interventions', JSON.stringify(version.interventions)),
        };
        return { row, value: version };
      },
    });
    return { version: value, created };
  }

  async latest(practiceId: string): Promise<PlanVersion[]> {
    const rows = await this.table.query({ partitionKey: encodeKey(practiceId), ...prefixRange('v|') });
    // RowKey order is year then version, so the last one seen per year is its latest
    const byYear = new Map<number, PlanVersion>();
    for (const version of rows.map(fromEntity)) byYear.set(version.year, version);
    return [...byYear.values()];
  }

  async history(practiceId: string, year: number): Promise<PlanVersion[]> {
    const rows = await this.table.query({ partitionKey: encodeKey(practiceId), ...prefixRange(versionPrefix(year)) });
    return rows.map(fromEntity);
  }
}
