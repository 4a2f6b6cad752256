// Domain-shaped storage ports (STYLE.md §1). Two implementations: Azure Tables (storage/tables/, the app,
// Azurite locally) and in-memory (storage/memory/, unit tests only). Both pass test/storage/contract.
import type {
  CountEntry,
  IntervisieSession,
  IsoDate,
  Metric,
  MilestoneDone,
  OtherFunding,
  PlannedIntervention,
  Region,
} from '../rules/model.js';
import type { ReminderSettings } from '../rules/reminder-settings.js';

/** Who did it and which request it came from; `idempotencyKey` makes a retry or double click record once. */
export interface WriteContext {
  actor: { id: string; name?: string };
  /** Stable per user intent: a card instance id or the activity id. Same key ⇒ same outcome, recorded once. */
  idempotencyKey: string;
  /** ISO timestamp supplied by the caller (the clock is an argument, not read in storage). */
  at: string;
  /**
   * The audit entry of a plan, intervisie or count write (by `actor`, at `at`): stored in the record's own transaction
   * (issue 12 §3), so both are stored or neither. A plan's entry gets the stored `version` added to its detail.
   */
  audit?: { action: string; detail?: Readonly<Record<string, string | number | boolean>> };
}

export interface Practice {
  id: string; // the AGB code (8 digits) is the practice id
  name: string;
  agb: string;
  region: Region;
  subregion?: string;
  startDate: IsoDate; // first day of the MTVP start quarter
  normpraktijken: number;
  gps: number;
  firstInterventionStart?: IsoDate;
  otherFunding: OtherFunding[];
  praktijkplanSubmitted?: IsoDate;
  /** Milestones the practice marked done (issue 9 §4): date, year, by whom (staff), note; never patient data. */
  milestones?: MilestoneDone[];
  /**
   * Who may change the practice, its plan and settings (issue 11 §1): the person who linked it plus whom they add.
   * Absent on practices linked before roles existed (dialogs/shared/roles.ts reads the audit log then).
   */
  managers?: PracticeManager[];
  teamId?: string;
  channelId?: string;
  tenantId?: string;
  /**
   * Set by proactive delivery when the practice's channel answered 403/404 (bot removed or blocked, issue 11 §5): no
   * more sends to it, and the RHO summary lists the practice. Cleared when the bot hears from that channel again.
   */
  channelInactive?: Inactive;
  /** When and about what the practice's channel gets reminders (issue 11 §3); absent: weekly, Monday 09:00, all on. */
  reminders?: ReminderSettings;
}

/** A practice manager: the Teams user id the bot sees as actor (AAD object id) and the name shown on cards. */
export interface PracticeManager {
  id: string;
  name?: string;
}

export interface Versioned<T> {
  value: T;
  etag: string;
}

export interface PracticeStore {
  get(practiceId: string): Promise<Versioned<Practice> | undefined>;
  findByTeam(teamId: string): Promise<Versioned<Practice> | undefined>;
  listByRegion(region: Region): Promise<Practice[]>;
  /**
   * Create (no `etag`) or replace (with the `etag` last read). A stale etag throws ConcurrencyError,
   * creating an existing practice throws ConflictError.
   */
  save(practice: Practice, ctx: WriteContext, etag?: string): Promise<Versioned<Practice>>;
}

export interface ConsultantChannel {
  region: Region;
  teamId: string;
  channelId: string;
  tenantId?: string;
  linkedBy: string;
  linkedAt: string;
}

export interface ConsultantChannelStore {
  get(region: Region): Promise<ConsultantChannel | undefined>;
  set(channel: ConsultantChannel, ctx: WriteContext): Promise<void>;
}

export interface PlanVerdict {
  ok: boolean;
  ruleSet: string; // e.g. "hoog@2024"
  errors: number;
  warnings: number;
  ruleIds: string[]; // the rule ids behind the findings, stored with the verdict (STYLE.md §3)
}

export interface PlanVersion {
  practiceId: string;
  year: number;
  version: number; // 1, 2, 3 … per practice and programme year
  interventions: PlannedIntervention[];
  verdict: PlanVerdict;
  savedBy: string;
  savedAt: string;
}

export interface PlanStore {
  /**
   * Appends a new version for that year; a retry with the same idempotency key returns the first result. `basedOn`:
   * the version the user started from (0: none yet); when a newer one exists the save throws ConcurrencyError
   * (issue 12 §3: two people saving at once never silently lose one's choices).
   */
  saveVersion(
    entry: Omit<PlanVersion, 'version' | 'savedBy' | 'savedAt'>,
    ctx: WriteContext,
    basedOn?: number,
  ): Promise<{ version: PlanVersion; created: boolean }>;
  /** Latest version of every programme year, ordered by year. */
  latest(practiceId: string): Promise<PlanVersion[]>;
  history(practiceId: string, year: number): Promise<PlanVersion[]>;
}

export interface LoggedIntervisie extends IntervisieSession {
  id: string;
  practiceId: string;
  topic: string;
  note?: string;
  loggedBy: string;
  loggedAt: string;
  /** Set when a manager deleted or corrected it (issue 13 §5): the row stays, status leaves it out. */
  removed?: Removal;
  /** The id of the entry this one corrects. */
  corrects?: string;
}

/** The tombstone of a deleted or corrected entry: who, when, and (a correction) the entry that replaced it. */
export interface Removal {
  by: string;
  byName?: string;
  at: string;
  correctedBy?: string;
}

export interface IntervisieStore {
  add(
    practiceId: string,
    session: Omit<LoggedIntervisie, 'id' | 'practiceId' | 'loggedBy' | 'loggedAt'>,
    ctx: WriteContext,
  ): Promise<{ session: LoggedIntervisie; created: boolean; records: PracticeRecords }>;
  /** Sessions with `from <= date <= to` (inclusive ISO dates), oldest first; deleted and corrected ones left out. */
  list(practiceId: string, range?: { from?: IsoDate; to?: IsoDate }): Promise<LoggedIntervisie[]>;
}

export interface LoggedCount extends CountEntry {
  id: string;
  practiceId: string;
  /** The entry this one corrects (same metric and period); history is kept, the newest wins. */
  supersedes?: string;
  loggedBy: string;
  loggedAt: string;
  removed?: Removal;
  corrects?: string;
}

export interface CountStore {
  add(
    practiceId: string,
    entry: CountEntry,
    ctx: WriteContext,
  ): Promise<{ entry: LoggedCount; created: boolean; records: PracticeRecords }>;
  /** Every entry including superseded, deleted and corrected ones (`removed`), oldest first; optionally one metric. */
  history(practiceId: string, metric?: Metric): Promise<LoggedCount[]>;
}

/** A stored intervisie session or count as the corrections card lists it: its RowKey (opaque) and ETag. */
export type StoredEntry = { key: string; etag: string } & (
  { kind: 'intervisie'; value: LoggedIntervisie } | { kind: 'count'; value: LoggedCount }
);

/** Which entry, as last read: a change is refused with ConcurrencyError when it changed since (another manager). */
export interface EntryRef {
  key: string;
  etag: string;
}

/**
 * Correcting and deleting intervisie sessions and counts (issue 13 §5). Nothing is deleted: the entry's row gets a
 * tombstone (Removal) and a correction adds the new entry, in one transaction with the summary and the audit entry.
 */
export interface EntryStore {
  /** The newest entries first (by `loggedAt`), deleted and corrected ones included. */
  recent(practiceId: string, limit: number): Promise<StoredEntry[]>;
  get(practiceId: string, key: string): Promise<StoredEntry | undefined>;
  /** The returned entry's `etag` is empty when written now: read it again (`get`) to change it again. */
  remove(practiceId: string, ref: EntryRef, ctx: WriteContext): Promise<{ entry: StoredEntry; created: boolean; records: PracticeRecords }>;
  correctSession(
    practiceId: string,
    ref: EntryRef,
    session: Omit<LoggedIntervisie, 'id' | 'practiceId' | 'loggedBy' | 'loggedAt' | 'removed' | 'corrects'>,
    ctx: WriteContext,
  ): Promise<{ entry: StoredEntry; created: boolean; records: PracticeRecords }>;
  correctCount(
    practiceId: string,
    ref: EntryRef,
    entry: CountEntry,
    ctx: WriteContext,
  ): Promise<{ entry: StoredEntry; created: boolean; records: PracticeRecords }>;
}

/**
 * What status reads of a practice's plans, intervisie and counts, kept as one summary row (issue 10 §2): one read,
 * whatever the history, and the same facts the full records give.
 */
export interface PracticeRecords {
  /** The latest version of every programme year, ordered by year (as `PlanStore.latest`). */
  plans: PlanVersion[];
  /** Every session's status fields, oldest first (as `IntervisieStore.list` orders them). */
  intervisie: IntervisieSession[];
  /** The current entry of every (metric, period): a correction replaces the entry it supersedes. */
  counts: CountEntry[];
}

/** A practice with what status reads of it. */
export interface PracticeWithRecords {
  practice: Practice;
  records: PracticeRecords;
}

export interface PracticeRecordStore {
  get(practiceId: string): Promise<PracticeRecords>;
  /**
   * Every practice of a region with its records (the weekly RHO summary, the reminders job). Requests must grow with
   * pages, not with practices (issue 11 §4).
   */
  listByRegion(region: Region): Promise<PracticeWithRecords[]>;
}

/** A Bot Framework ConversationReference, kept opaque here (storage does not import botbuilder). */
export type ConversationReferenceData = Record<string, unknown>;

export interface StoredReference {
  conversationId: string;
  practiceId?: string;
  region?: Region;
  kind: 'channel' | 'personal' | 'groupChat';
  reference: ConversationReferenceData;
  updatedAt: string;
  /** Set by proactive delivery on 403/404 (issue 11 §5): nothing more is sent here until the bot hears from it again. */
  inactive?: Inactive;
}

/** Why a conversation stopped accepting the bot: the HTTP status Teams answered and when. */
export interface Inactive {
  since: string;
  status: number;
  reason: string;
}

export interface ConversationReferenceStore {
  save(ref: StoredReference): Promise<void>;
  get(conversationId: string): Promise<StoredReference | undefined>;
  listByPractice(practiceId: string): Promise<StoredReference[]>;
  /** Every channel conversation's reference, linked to a practice or not: one (paged) query, for the reminders job. */
  listChannels(): Promise<StoredReference[]>;
  /** Marks the stored reference (and its practice copy) inactive; the next `save` from a turn clears it. */
  markInactive(conversationId: string, inactive: Inactive): Promise<void>;
}

export interface AuditEntry {
  practiceId: string; // or `region:<id>` for consultant-channel actions
  action: string;
  actor: string;
  at: string;
  detail?: Record<string, string | number | boolean>;
}

export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  list(practiceId: string, limit?: number): Promise<AuditEntry[]>;
}

/**
 * Same shape as botbuilder-core's `Storage` (read / write / delete with `eTag` on items), so the bot can
 * hand it to ConversationState without storage/ importing botbuilder. `eTag: '*'` or absent = last write wins.
 */
export interface StoreItem {
  eTag?: string;
  [key: string]: unknown;
}
export interface StateStore {
  read(keys: string[]): Promise<Record<string, StoreItem>>;
  write(changes: Record<string, StoreItem>): Promise<void>;
  delete(keys: string[]): Promise<void>;
  /**
   * Creates `key` only if it does not exist: true for the one caller (of any instance) that created it, false for every
   * other. For once-only work across instances (issue 12 §6: the welcome post).
   */
  claim(key: string, item: Omit<StoreItem, 'eTag'>): Promise<boolean>;
}

export interface Health {
  ping(): Promise<void>;
}

export interface Stores {
  practices: PracticeStore;
  consultantChannels: ConsultantChannelStore;
  plans: PlanStore;
  intervisie: IntervisieStore;
  counts: CountStore;
  /** Corrections and deletions of intervisie sessions and counts. */
  entries: EntryStore;
  /** The summary of plans, intervisie and counts that status reads. */
  records: PracticeRecordStore;
  references: ConversationReferenceStore;
  audit: AuditLog;
  state: StateStore;
  /** Leases and outbox of the proactive jobs (issue 11 §2). */
  jobs: JobStore;
  health: Health;
}

/**
 * Files offered for download through a link that expires (issue 11 §4: the RHO summary's CSV export), in Azure Blob
 * Storage (storage/blob/). Not part of `Stores`: only the export writes here.
 */
export interface ExportStore {
  /**
   * Writes `content` as the blob `path` (its folder the region, its name random) and returns a read-only link to that one
   * blob, valid until `expiresOn`. Storage faults throw StorageError.
   */
  publish(file: { path: string; content: Buffer; contentType: string; fileName: string }, expiresOn: Date): Promise<string>;
}

/** The proactive jobs (issue 11 §2). */
export type JobName = 'reminders' | 'weekly-summary';

/**
 * What a job's evaluation wants sent: it becomes one outbox row keyed deterministically by (job, conversation, reason,
 * period), so evaluating twice sends once.
 */
export interface ProactiveMessage {
  job: JobName;
  /** The stored conversation reference to send through (ConversationReferenceStore key). */
  conversationId: string;
  /** What the message is about and for which period, e.g. `reminder` + `2026-W49`, `weekly` + `2026-W49`. */
  reason: string;
  period: string;
  practiceId?: string;
  region?: Region;
  /** Adaptive Card contents, rendered at evaluation (a long summary is several cards). */
  cards: Record<string, unknown>[];
  /** Plain text for the notification / activity text (no patient data exists to leak). */
  summary: string;
}

/** Storage errors the bot turns into Dutch messages (storage/errors.ts holds the classes). */
export type StorageErrorKind = 'unavailable' | 'concurrency' | 'conflict' | 'invalid';

/** Who runs a job now: one row per job, taken and renewed with its ETag, free again after `expiresAt`. */
export interface JobLease {
  job: JobName;
  holder: string;
  expiresAt: string;
  etag: string;
}

export interface LeaseStore {
  /** The lease when `holder` got it (free, expired or already its own); undefined while another holds it. */
  acquire(job: JobName, holder: string, now: Date, ttlMs: number): Promise<JobLease | undefined>;
  /** Extends the lease; undefined when it was lost (another took it over after it expired). */
  renew(lease: JobLease, now: Date, ttlMs: number): Promise<JobLease | undefined>;
  /** Frees the lease if still held with this ETag. */
  release(lease: JobLease): Promise<void>;
}

/**
 * `pending` → `sending` (claimed with its ETag right before a send) → `sent` | `inactive` | `failed`. A row found
 * `sending` after its holder died is in doubt: it ends `failed` with reason `in-doubt` and is never sent again.
 */
export type OutboxState = 'pending' | 'sending' | 'sent' | 'inactive' | 'failed';
export const FINAL_OUTBOX_STATES: readonly OutboxState[] = ['sent', 'inactive', 'failed'];

export interface OutboxRow {
  /** Deterministic from (job, conversation, reason, period). */
  key: string;
  message: ProactiveMessage;
  state: OutboxState;
  queuedAt: string;
  updatedAt: string;
  /** Who claimed it for sending, and when (the in-doubt window starts here). */
  holder?: string;
  sendingSince?: string;
  /** The ids Teams gave the activities sent so far (one per card). */
  activityIds: string[];
  /** Why it failed or went inactive; the HTTP status when there was one. */
  reason?: string;
  status?: number;
  etag: string;
}

/** An outbox row as kept after it is final: what was sent where and how it ended. */
export type OutboxRecord = Omit<OutboxRow, 'message' | 'etag'> & { message: Omit<ProactiveMessage, 'cards'> };

export type OutboxChange = Partial<Pick<OutboxRow, 'state' | 'holder' | 'sendingSince' | 'activityIds' | 'reason' | 'status'>> & {
  updatedAt: string;
};

export interface OutboxStore {
  /** Create-only: true when queued now, false when that key was queued before (then it is never queued twice). */
  enqueue(message: ProactiveMessage, at: string): Promise<boolean>;
  /**
   * `enqueue` for many, in transactions of up to 50 messages (one request each); the answers in the given order.
   * `onQueued` gets the open rows of each transaction as soon as it is written (with their ETags), so delivery can
   * start while the rest is still being written.
   */
  enqueueMany(messages: readonly ProactiveMessage[], at: string, onQueued?: (rows: OutboxRow[]) => void): Promise<boolean[]>;
  /** The rows of a job that are not final yet (pending or sending), in key order. */
  open(job: JobName): Promise<OutboxRow[]>;
  /** Every row of a job and period, final or not, without the cards (tests, the bench, an operator's look). */
  list(job: JobName, period: string): Promise<OutboxRecord[]>;
  /**
   * Removes the job's finished records (sent, inactive, failed) last changed before `before` (ISO); open rows and
   * their records stay. Returns how many went. Keys are per period, so a later period is never affected.
   */
  purge(job: JobName, before: string): Promise<number>;
  /**
   * ETag'd change of an open row; ConcurrencyError when another changed it first. A final state closes the row; for a
   * row this runner claimed (`sending`) that is the record's write and the open row's removal, without another ETag.
   */
  update(row: OutboxRow, change: OutboxChange): Promise<OutboxRow>;
}

export interface JobStore {
  leases: LeaseStore;
  outbox: OutboxStore;
}
