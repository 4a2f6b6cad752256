// Table `references`. Partition `conv` holds one row per conversation (RowKey = encoded conversation id)
// for `get`; partition `p|<practice id>` holds a copy per practice for `listByPractice`, so proactive
// sends to a practice are one partition query, with no scan over every personal chat.
import * as z from 'zod';
import { Region } from '../../rules/model.js';
import type { EntityTable, StoredEntity } from '../entity-table.js';
import { encodeKey, joinKey } from '../keys.js';
import type { ConversationReferenceStore, Inactive as InactiveMark, StoredReference } from '../ports.js';
import { BoundedMap } from './bounded-map.js';
import { defined, optionalString, parseEntity, parseJson } from './codec.js';

const CONVERSATIONS = 'conv';
const byPractice = (practiceId: string): string => joinKey('p', encodeKey(practiceId));

const ReferenceEntity = z.object({
  conversationId: z.string(),
  practiceId: optionalString,
  region: Region.optional(),
  kind: z.enum(['channel', 'personal', 'groupChat']),
  reference: z.string(),
  updatedAt: z.string(),
  inactive: optionalString,
});
const Inactive = z.strictObject({ since: z.string(), status: z.number(), reason: z.string() });

function fromEntity(stored: StoredEntity): StoredReference {
  const { reference, practiceId, region, inactive, ...rest } = parseEntity(ReferenceEntity, stored, 'conversation reference');
  return {
    ...rest,
    ...(inactive === undefined ? {} : { inactive: parseJson(Inactive, inactive, 'inactive') }),
    ...(practiceId === undefined ? {} : { practiceId }),
    ...(region === undefined ? {} : { region }),
    reference: parseJson(z.record(z.string(), z.unknown()), reference, 'conversation reference'),
  };
}

// The conversations one instance talks to in a day; beyond it the oldest are checked against storage again.
const KNOWN_CONVERSATIONS = 10_000;

/** What a reference row says apart from when it was written: equal ⇒ writing it again changes nothing. */
const fingerprint = (ref: StoredReference): string =>
  JSON.stringify([ref.practiceId ?? null, ref.region ?? null, ref.kind, JSON.stringify(ref.reference), ref.inactive ?? null]);

const day = (iso: string): string => iso.slice(0, 10);

export class TableConversationReferenceStore implements ConversationReferenceStore {
  /**
   * The reference each conversation was last saved or found with in this process (issue 10 §1). The bot saves the
   * reference on every turn; it only changes when Teams moves a conversation (serviceUrl) or it gets linked to a
   * practice, so an unchanged one is not written again, except once a day so `updatedAt` says the conversation is
   * alive. Another instance's write is at worst a day old here: both are references Teams gave for that conversation.
   */
  private readonly known = new BoundedMap<string, { fingerprint: string; updatedAt: string }>(KNOWN_CONVERSATIONS);

  constructor(private readonly table: EntityTable) {}

  private unchanged(ref: StoredReference, than: { fingerprint: string; updatedAt: string } | undefined): boolean {
    return than !== undefined && than.fingerprint === fingerprint(ref) && day(than.updatedAt) === day(ref.updatedAt);
  }

  async save(ref: StoredReference): Promise<void> {
    if (this.unchanged(ref, this.known.get(ref.conversationId))) return;
    const previous = await this.get(ref.conversationId);
    await this.write(ref, previous);
  }

  /**
   * Delivery marks a conversation inactive (issue 11 §5). A turn from it saves its reference without the mark, which
   * differs from the stored one, so it is written again and the mark is gone; this process forgets what it knew so
   * its next turn compares with storage (another process's turn may keep its day-old knowledge until the next day).
   */
  async markInactive(conversationId: string, inactive: InactiveMark): Promise<void> {
    const stored = await this.get(conversationId);
    if (stored === undefined) return;
    this.known.delete(conversationId);
    await this.write({ ...stored, inactive }, stored);
  }

  private async write(ref: StoredReference, previous: StoredReference | undefined): Promise<void> {
    if (previous !== undefined && this.unchanged(ref, { fingerprint: fingerprint(previous), updatedAt: previous.updatedAt })) {
      this.known.set(ref.conversationId, { fingerprint: fingerprint(previous), updatedAt: previous.updatedAt });
      return;
    }
    const rowKey = encodeKey(ref.conversationId);
    const properties = defined({
      conversationId: ref.conversationId,
      practiceId: ref.practiceId,
      region: ref.region,
      kind: ref.kind,
      reference: JSON.stringify(ref.reference),
      updatedAt: ref.updatedAt,
      inactive: ref.inactive ? JSON.stringify(ref.inactive) : undefined,
    });
    // forgotten first: a write that fails half-way is tried again on the next turn
    this.known.delete(ref.conversationId);
    await this.table.upsert({ partitionKey: CONVERSATIONS, rowKey, ...properties });
    if (ref.practiceId !== undefined) {
      await this.table.upsert({ partitionKey: byPractice(ref.practiceId), rowKey, ...properties });
    }
    if (previous?.practiceId !== undefined && previous.practiceId !== ref.practiceId) {
      await this.table.delete(byPractice(previous.practiceId), rowKey);
    }
    this.known.set(ref.conversationId, { fingerprint: fingerprint(ref), updatedAt: ref.updatedAt });
  }

  async get(conversationId: string): Promise<StoredReference | undefined> {
    const stored = await this.table.get(CONVERSATIONS, encodeKey(conversationId));
    return stored ? fromEntity(stored) : undefined;
  }

  async listChannels(): Promise<StoredReference[]> {
    const rows = await this.table.query({ partitionKey: CONVERSATIONS, where: { kind: 'channel' } });
    return rows.map(fromEntity);
  }

  async listByPractice(practiceId: string): Promise<StoredReference[]> {
    const rows = await this.table.query({ partitionKey: byPractice(practiceId) });
    return rows.map(fromEntity);
  }
}
