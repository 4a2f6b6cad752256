// Table `jobs`, partition `lease`: one row per job (RowKey = job name) saying who runs it until when (issue 11 §2).
// Taken with create (free) or an ETag'd replace (expired or own), so of two instances exactly one gets it; a holder
// that crashed stops renewing and its lease is free once `expiresAt` passed.
import * as z from 'zod';
import type { EntityTable, StoredEntity } from '../entity-table.js';
import { ConcurrencyError, ConflictError } from '../errors.js';
import type { JobLease, JobName, LeaseStore } from '../ports.js';
import { parseEntity } from './codec.js';

const LEASE = 'lease';
const LeaseEntity = z.object({ holder: z.string(), expiresAt: z.string() });

function fromEntity(job: JobName, stored: StoredEntity): JobLease {
  return { job, ...parseEntity(LeaseEntity, stored, 'job lease'), etag: stored.etag };
}

const until = (now: Date, ttlMs: number): string => new Date(now.getTime() + ttlMs).toISOString();

/** A lost race (another instance wrote first) is an answer, not a fault. */
async function orLost<T>(work: Promise<T>): Promise<T | undefined> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof ConflictError || err instanceof ConcurrencyError) return undefined;
    throw err;
  }
}

export class TableLeaseStore implements LeaseStore {
  constructor(private readonly table: EntityTable) {}

  async acquire(job: JobName, holder: string, now: Date, ttlMs: number): Promise<JobLease | undefined> {
    const expiresAt = until(now, ttlMs);
    const row = { partitionKey: LEASE, rowKey: job, holder, expiresAt };
    const stored = await this.table.get(LEASE, job);
    if (stored === undefined) {
      return orLost(this.table.create(row).then((etag) => ({ job, holder, expiresAt, etag })));
    }
    const current = fromEntity(job, stored);
    if (current.holder !== holder && Date.parse(current.expiresAt) > now.getTime()) return undefined;
    return orLost(this.table.replace(row, current.etag).then((etag) => ({ job, holder, expiresAt, etag })));
  }

  async renew(lease: JobLease, now: Date, ttlMs: number): Promise<JobLease | undefined> {
    const expiresAt = until(now, ttlMs);
    const row = { partitionKey: LEASE, rowKey: lease.job, holder: lease.holder, expiresAt };
    return orLost(this.table.replace(row, lease.etag).then((etag) => ({ ...lease, expiresAt, etag })));
  }

  async release(lease: JobLease): Promise<void> {
    // Expired at once rather than deleted: the ETag still guards against freeing a lease another took over.
    const row = { partitionKey: LEASE, rowKey: lease.job, holder: lease.holder, expiresAt: new Date(0).toISOString() };
    await orLost(this.table.replace(row, lease.etag));
  }
}
