// Table `practices`. One partition `practice` (RowKey = encoded practice id) plus a `team` partition that
// indexes team id → practice id. ~5,000 practices nationally fit one partition easily (2,000 entities/s);
// a region's list is one filtered scan of it, at most ⌈practices / 1,000⌉ pages whatever the region, and
// a practice may change region without moving rows.
import * as z from 'zod';
import { MilestoneDone, OtherFunding, Region } from '../../rules/model.js';
import { ReminderSettings } from '../../rules/reminder-settings.js';
import type { Entity, EntityTable, StoredEntity } from '../entity-table.js';
import { ConcurrencyError, ConflictError } from '../errors.js';
import { encodeKey, idFromKey } from '../keys.js';
import type { Practice, PracticeStore, Versioned, WriteContext } from '../ports.js';
import { BoundedMap } from './bounded-map.js';
import { defined, num, optionalString, parseEntity, parseJson } from './codec.js';

const PRACTICE = 'practice';
const TEAM = 'team';

const PracticeEntity = z.object({
  id: z.string(),
  name: z.string(),
  agb: z.string(),
  region: Region,
  subregion: optionalString,
  startDate: z.string(),
  normpraktijken: num,
  gps: num,
  firstInterventionStart: optionalString,
  otherFunding: z.string(),
  praktijkplanSubmitted: optionalString,
  milestones: optionalString,
  managers: optionalString,
  reminders: optionalString,
  teamId: optionalString,
  channelId: optionalString,
  tenantId: optionalString,
  channelInactive: optionalString,
  writeId: z.string(),
});

const TeamIndexEntity = z.object({ practiceId: z.string() });
const Manager = z.strictObject({ id: z.string().min(1), name: z.string().optional() });
const ChannelInactive = z.strictObject({ since: z.string(), status: z.number(), reason: z.string() });

function toEntity(p: Practice, ctx: WriteContext): Entity {
  return {
    partitionKey: PRACTICE,
    rowKey: encodeKey(p.id),
    ...defined({
      id: p.id,
      name: p.name,
      agb: p.agb,
      region: p.region,
      subregion: p.subregion,
      startDate: p.startDate,
      normpraktijken: p.normpraktijken,
      gps: p.gps,
      firstInterventionStart: p.firstInterventionStart,
      otherFunding: JSON.stringify(p.otherFunding),
      praktijkplanSubmitted: p.praktijkplanSubmitted,
      milestones: p.milestones && p.milestones.length > 0 ? JSON.stringify(p.milestones) : undefined,
      managers: p.managers ? JSON.stringify(p.managers) : undefined,
      reminders: p.reminders ? JSON.stringify(p.reminders) : undefined,
      teamId: p.teamId,
      channelId: p.channelId,
      tenantId: p.tenantId,
      channelInactive: p.channelInactive ? JSON.stringify(p.channelInactive) : undefined,
      // the last write's idempotency id: a retry that finds it knows its first attempt landed
      writeId: idFromKey(ctx.idempotencyKey),
      updatedBy: ctx.actor.id,
      updatedAt: ctx.at,
    }),
  };
}

interface Row {
  versioned: Versioned<Practice>;
  writeId: string;
}

function fromEntity(stored: StoredEntity): Row {
  const { otherFunding, milestones, managers, reminders, channelInactive, writeId, ...fields } = parseEntity(
    PracticeEntity,
    stored,
    'practice',
  );
  const value: Practice = {
    ...fields,
    otherFunding: parseJson(z.array(OtherFunding), otherFunding, 'otherFunding'),
    ...(milestones !== undefined ? { milestones: parseJson(z.array(MilestoneDone), milestones, 'milestones') } : {}),
    ...(managers !== undefined ? { managers: parseJson(z.array(Manager), managers, 'managers') } : {}),
    ...(reminders !== undefined ? { reminders: parseJson(ReminderSettings, reminders, 'reminders') } : {}),
    ...(channelInactive !== undefined ? { channelInactive: parseJson(ChannelInactive, channelInactive, 'channelInactive') } : {}),
  };
  for (const key of Object.keys(value) as (keyof Practice)[]) if (value[key] === undefined) delete value[key];
  return { versioned: { value, etag: stored.etag }, writeId };
}

// About 5,000 practices nationally: a hint per team of all of them is a few hundred KB.
const KNOWN_TEAMS = 10_000;
// Practices read in the last seconds: the busy ones, a KB or two each.
const RECENT_PRACTICES = 1_000;

export interface PracticeCacheOptions {
  /**
   * How long a practice this process read or wrote is served without reading it again (issue 10 §1: a turn then reads
   * only the practice's summary). 0: every read goes to storage. Writes are conditional on the ETag read, so a copy that
   * went stale (another instance wrote) is never written back: the write fails with ConcurrencyError and the copy is
   * dropped. Another instance's change is seen here at most this long after it.
   */
  ttlMs: number;
  /** Monotonic milliseconds (tests pass their own clock). */
  now?: () => number;
}

export class TablePracticeStore implements PracticeStore {
  /**
   * Team → practice id as this process last found it (issue 10 §1): the practice row is read on every turn anyway and
   * says which team it claims, so a hint that went stale (a practice linked from another team, another instance's
   * write) is noticed on that read and the index is asked again. With it a turn resolves its team in one point read.
   */
  private readonly teams = new BoundedMap<string, string>(KNOWN_TEAMS);
  private readonly recent = new BoundedMap<string, { row: Row; until: number }>(RECENT_PRACTICES);
  private readonly now: () => number;

  constructor(
    private readonly table: EntityTable,
    /** Told of every practice read or written (the region its record writes copy to, stores.ts). */
    private readonly seen: (practice: Practice) => void = () => undefined,
    private readonly cache: PracticeCacheOptions = { ttlMs: 0 },
  ) {
    this.now = cache.now ?? (() => performance.now());
  }

  private parse(stored: StoredEntity): Row {
    const row = fromEntity(stored);
    this.seen(row.versioned.value);
    return row;
  }

  private remember(row: Row): void {
    if (this.cache.ttlMs > 0) this.recent.set(row.versioned.value.id, { row, until: this.now() + this.cache.ttlMs });
  }

  private async read(practiceId: string): Promise<Row | undefined> {
    const hit = this.recent.get(practiceId);
    // A copy: callers may change what they get; the remembered row stays as storage had it.
    if (hit !== undefined && hit.until > this.now()) return { ...hit.row, versioned: structuredClone(hit.row.versioned) };
    this.recent.delete(practiceId);
    const stored = await this.table.get(PRACTICE, encodeKey(practiceId));
    if (stored === undefined) return undefined;
    const row = this.parse(stored);
    this.remember(row);
    return row;
  }

  async get(practiceId: string): Promise<Versioned<Practice> | undefined> {
    return (await this.read(practiceId))?.versioned;
  }

  async findByTeam(teamId: string): Promise<Versioned<Practice> | undefined> {
    const hint = this.teams.get(teamId);
    if (hint !== undefined) {
      const found = await this.get(hint);
      if (found?.value.teamId === teamId) return found;
      this.teams.delete(teamId);
    }
    const practice = await this.lookUpTeam(teamId);
    if (practice !== undefined) this.teams.set(teamId, practice.value.id);
    return practice;
  }

  private async lookUpTeam(teamId: string): Promise<Versioned<Practice> | undefined> {
    const index = await this.table.get(TEAM, encodeKey(teamId));
    if (!index) return undefined;
    const found = await this.get(parseEntity(TeamIndexEntity, index, 'team index').practiceId);
    if (found?.value.teamId === teamId) return found;
    // The index row is written before the practice, so it can point at a practice whose write then failed
    // (or that moved to another team); the practice rows themselves are the truth.
    const [claimed] = await this.table.query({ partitionKey: PRACTICE, where: { teamId }, limit: 1 });
    return claimed ? this.parse(claimed).versioned : undefined;
  }

  async listByRegion(region: Region): Promise<Practice[]> {
    const rows = await this.table.query({ partitionKey: PRACTICE, where: { region } });
    return rows.map((row) => this.parse(row).versioned.value);
  }

  async save(practice: Practice, ctx: WriteContext, etag?: string): Promise<Versioned<Practice>> {
    const entity = toEntity(practice, ctx);
    if (practice.teamId !== undefined) {
      // index first: a practice that claims a team is then always findable by it
      await this.table.upsert({ partitionKey: TEAM, rowKey: encodeKey(practice.teamId), practiceId: practice.id });
    }
    try {
      const newEtag = etag === undefined ? await this.table.create(entity) : await this.table.replace(entity, etag);
      this.seen(practice);
      const versioned = { value: structuredClone(practice), etag: newEtag };
      this.remember({ versioned: structuredClone(versioned), writeId: idFromKey(ctx.idempotencyKey) });
      return versioned;
    } catch (err) {
      // Whatever this process remembered is older than what storage has: read it from there from now on.
      this.recent.delete(practice.id);
      if (!(err instanceof ConflictError || err instanceof ConcurrencyError)) throw err;
      // a retry of a write that already landed (same idempotency key) returns what is stored
      const current = await this.read(practice.id);
      if (current && current.writeId === entity.writeId) return current.versioned;
      throw err;
    }
  }
}
