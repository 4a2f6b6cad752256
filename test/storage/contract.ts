// The storage contract (STYLE.md §7.4): one suite, run against the in-memory stores and Azure Tables on
// Azurite. Each part receives a factory of fresh, empty stores.
import { describe } from 'vitest';
import type { EntityTable, TableName } from '../../storage/entity-table.js';
import type { Stores } from '../../storage/ports.js';
import { auditContract } from './contract-audit.js';
import { entriesContract } from './contract-entries.js';
import { regionContract } from './contract-region.js';
import { hintContract } from './contract-hints.js';
import { jobsContract } from './contract-jobs.js';
import { practiceContract } from './contract-practices.js';
import { practiceCacheContract } from './contract-practice-cache.js';
import { planContract } from './contract-plans.js';
import { recordContract } from './contract-records.js';
import { stateContract } from './contract-state.js';
import { summaryContract } from './contract-summary.js';

export interface ContractTarget {
  /** Fresh, empty stores (isolated from every other call). */
  create(): Promise<Stores>;
  /** Stores whose storage does not answer. */
  createFaulty(): Promise<Stores>;
  /** Fresh, empty tables of this backend: for stores built on them (storage/tables/stores.ts) and rows put there directly. */
  createTables(): Promise<(name: TableName) => EntityTable>;
}

export function storageContract(name: string, target: ContractTarget): void {
  describe(`storage contract: ${name}`, () => {
    practiceContract(target);
    practiceCacheContract(target);
    planContract(target);
    recordContract(target);
    stateContract(target);
    summaryContract(target);
    hintContract(target);
    auditContract(target);
    regionContract(target);
    jobsContract(target);
    entriesContract(target);
  });
}
