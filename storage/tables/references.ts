// Table `references`. Partition `conv` holds one row per conversation (RowKey = encoded conversation id)
// for `get`; partition `p|<practice id>` holds a copy per practice for `listByPractice`, so proactive
// sends to a practice are one partition query, with no scan over every personal chat.
import { z } from 'zod';
import { Region } from '../../rules/model.js';
import type { EntityTable, StoredEntity } from '../entity-table.js';
import { encodeKey, joinKey } from '../keys.js';
import type { ConversationReferenceStore, StoredReference } from '../ports.js';
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
});

function fromEntity(stored: StoredEntity): StoredReference {
  const { reference, practiceId, region, ...rest } = parseEntity(ReferenceEntity, stored, 'conversation reference');
  return {
    ...rest,
    ...(practiceId === undefined ? {} : { practiceId }),
    ...(region === undefined ? {} : { region }),
    reference: parseJson(z.record(z.string(), z.unknown()), reference, 'conversation reference'),
  };
}

export class TableConversationReferenceStore implements ConversationReferenceStore {
  constructor(private readonly table: EntityTable) {}

  async save(ref: StoredReference): Promise<void> {
    const rowKey = encodeKey(ref.conversationId);
    const properties = defined({
      conversationId: ref.conversationId,
      practiceId: ref.practiceId,
      region: ref.region,
      kind: ref.kind,
      reference: JSON.stringify(ref.reference),
      updatedAt: ref.updatedAt,
    });
    const previous = await this.get(ref.conversationId);
    await this.table.upsert({ partitionKey: CONVERSATIONS, rowKey, ...properties });
    if (ref.practiceId !== undefined) {
      await this.table.upsert({ partitionKey: byPractice(ref.practiceId), rowKey, ...properties });
    }
    if (previous?.practiceId !== undefined && previous.practiceId !== ref.practiceId) {
      await this.table.delete(byPractice(previous.practiceId), rowKey);
    }
  }

  async get(conversationId: string): Promise<StoredReference | undefined> {
    const stored = await this.table.get(CONVERSATIONS, encodeKey(conversationId));
    return stored ? fromEntity(stored) : undefined;
  }

  async listByPractice(practiceId: string): Promise<StoredReference[]> {
    const rows = await this.table.query({ partitionKey: byPractice(practiceId) });
    return rows.map(fromEntity);
  }
}
