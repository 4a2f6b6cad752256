// Plan versions: rows `v|<year 2>|<version 6>` of the practice's partition in `records` (practice-records.ts). The
// next version number comes from the summary, which also holds the latest version of every year: `latest` is the
// summary's point read and never reads old versions. Two writers that both chose version n collide on the summary's
// slot row (or the RowKey) and the loser takes n + 1 on the newer summary. No gaps.
import { encodeKey, padNumber, prefixRange } from '../keys.js';
import type { PlanStore, PlanVersion, WriteContext } from '../ports.js';
import { auditOf } from './audit.js';
import { defined, writeChunks } from './codec.js';
import type { PracticeRecordTables } from './practice-records.js';
import { planFromEntity, versionPrefix } from './record-rows.js';
import { latestPlan, withPlan } from './summary.js';

export class TablePlanStore implements PlanStore {
  constructor(private readonly tables: PracticeRecordTables) {}

  async saveVersion(
    entry: Omit<PlanVersion, 'version' | 'savedBy' | 'savedAt'>,
    ctx: WriteContext,
    basedOn?: number,
  ): Promise<{ version: PlanVersion; created: boolean }> {
    const { value, created } = await this.tables.write({
      ...(basedOn !== undefined ? { precondition: (current) => (latestPlan(current, entry.year)?.version ?? 0) === basedOn } : {}),
      kind: 'plans',
      audit: (v) => auditOf(entry.practiceId, ctx, { version: v.version }),
      practiceId: entry.practiceId,
      idempotencyKey: ctx.idempotencyKey,
      what: `plan ${entry.practiceId} year ${entry.year}`,
      parse: planFromEntity,
      build: (current) => {
        const version: PlanVersion = {
          practiceId: entry.practiceId,
          year: entry.year,
          version: (latestPlan(current, entry.year)?.version ?? 0) + 1,
          interventions: entry.interventions,
          verdict: entry.verdict,
          savedBy: ctx.actor.id,
          savedAt: ctx.at,
        };
        const row = {
          partitionKey: encodeKey(entry.practiceId),
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
        return { row, value: version, summary: withPlan(current, version) };
      },
    });
    return { version: value, created };
  }

  async latest(practiceId: string): Promise<PlanVersion[]> {
    return (await this.tables.summary(practiceId)).plans.map((v) => structuredClone(v));
  }

  async history(practiceId: string, year: number): Promise<PlanVersion[]> {
    return (await this.tables.rows('plans', practiceId, prefixRange(versionPrefix(year)))).map(planFromEntity);
  }
}
