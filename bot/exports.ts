// The RHO export's blob store (issue 11 §4) on the storage account of config.storage, in config.exportContainer.
// Loaded on the first export: @azure/storage-blob (and @azure/identity for a managed identity) stay off the start-up path.
import type { ExportStore } from '../storage/ports.js';
import type { StorageConfig } from './config.js';

export function exportStoreOf(storage: StorageConfig, container: string): ExportStore {
  let store: Promise<ExportStore> | undefined;
  const load = async (): Promise<ExportStore> => {
    const { blobUrlOf, createBlobExports } = await import('../storage/blob/exports.js');
    if (storage.kind === 'connectionString') return createBlobExports({ connectionString: storage.connectionString, container });
    const { DefaultAzureCredential } = await import('@azure/identity');
    return createBlobExports({ accountUrl: blobUrlOf(storage.accountUrl), credential: new DefaultAzureCredential(), container });
  };
  return {
    publish: async (file, expiresOn) => {
      store ??= load().catch((err: unknown) => {
        store = undefined;
        throw err;
      });
      return (await store).publish(file, expiresOn);
    },
  };
}
