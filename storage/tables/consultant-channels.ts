// Table `consultantChannels`: one row per region (PartitionKey `region`, RowKey = region id). Four
// regions, read by the weekly summary; `set` is an upsert, so a retry records the same row again.
import * as z from 'zod';
import { Region } from '../../rules/model.js';
import type { EntityTable } from '../entity-table.js';
import { encodeKey } from '../keys.js';
import type { ConsultantChannel, ConsultantChannelStore, WriteContext } from '../ports.js';
import { defined, optionalString, parseEntity } from './codec.js';

const PARTITION = 'region';

const ChannelEntity = z.object({
  region: Region,
  teamId: z.string(),
  channelId: z.string(),
  tenantId: optionalString,
  linkedBy: z.string(),
  linkedAt: z.string(),
});

export class TableConsultantChannelStore implements ConsultantChannelStore {
  constructor(private readonly table: EntityTable) {}

  async get(region: Region): Promise<ConsultantChannel | undefined> {
    const stored = await this.table.get(PARTITION, encodeKey(region));
    if (!stored) return undefined;
    const { tenantId, ...rest } = parseEntity(ChannelEntity, stored, 'consultant channel');
    return tenantId === undefined ? rest : { ...rest, tenantId };
  }

  async set(channel: ConsultantChannel, ctx: WriteContext): Promise<void> {
    await this.table.upsert({
      partitionKey: PARTITION,
      rowKey: encodeKey(channel.region),
      ...defined({ ...channel, updatedBy: ctx.actor.id, updatedAt: ctx.at }),
    });
  }
}
