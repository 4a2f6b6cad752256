// The export files in Azure Blob Storage (issue 11 §4), Azurite's blob service locally: one private container, one blob
// per export, and a read-only SAS link to that blob alone. With the account key (a connection string) the SAS is signed
// with the key; with a managed identity (account URL) it is a user-delegation SAS, signed with a key Entra ID hands out
// for that period, so no account key is needed anywhere.
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
  type ContainerClient,
  type StoragePipelineOptions,
} from '@azure/storage-blob';
import type { TokenCredential } from '@azure/identity';
import { StorageUnavailableError } from '../errors.js';
import type { ExportStore } from '../ports.js';

export type BlobExportOptions = { container: string; maxRetries?: number } & (
  { connectionString: string } | { accountUrl: string; credential: TokenCredential }
);

/** The blob endpoint of a storage account whose Table endpoint is given (https://acct.table.core.windows.net). */
export function blobUrlOf(tableAccountUrl: string): string {
  const url = new URL(tableAccountUrl);
  url.hostname = url.hostname.replace('.table.', '.blob.');
  return url.origin;
}

/** Clock skew between this instance and storage: a link is valid from a few minutes ago. */
const SKEW_MS = 5 * 60_000;

class BlobExportStore implements ExportStore {
  private ready: Promise<unknown> | undefined;

  constructor(
    private readonly service: BlobServiceClient,
    private readonly container: ContainerClient,
  ) {}

  async publish(file: { path: string; content: Buffer; contentType: string; fileName: string }, expiresOn: Date): Promise<string> {
    try {
      this.ready ??= this.container.createIfNotExists().catch((err: unknown) => {
        this.ready = undefined;
        throw err;
      });
      await this.ready;
      const blob = this.container.getBlockBlobClient(file.path);
      await blob.uploadData(file.content, {
        blobHTTPHeaders: {
          blobContentType: file.contentType,
          blobContentDisposition: `attachment; filename="${file.fileName}"`,
        },
      });
      return await this.link(file.path, expiresOn);
    } catch (err) {
      throw new StorageUnavailableError(`export ${file.path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
  }

  private async link(path: string, expiresOn: Date): Promise<string> {
    const blob = this.container.getBlockBlobClient(path);
    const startsOn = new Date(Date.now() - SKEW_MS);
    const permissions = BlobSASPermissions.parse('r');
    if (this.service.credential instanceof StorageSharedKeyCredential) {
      return blob.generateSasUrl({ permissions, startsOn, expiresOn });
    }
    const key = await this.service.getUserDelegationKey(startsOn, expiresOn);
    const sas = generateBlobSASQueryParameters(
      { containerName: this.container.containerName, blobName: path, permissions, startsOn, expiresOn },
      key,
      this.service.accountName,
    );
    return `${blob.url}?${sas.toString()}`;
  }
}

export function createBlobExports(options: BlobExportOptions): ExportStore {
  const pipeline: StoragePipelineOptions = options.maxRetries === undefined ? {} : { retryOptions: { maxTries: options.maxRetries + 1 } };
  const service =
    'connectionString' in options
      ? BlobServiceClient.fromConnectionString(options.connectionString, pipeline)
      : new BlobServiceClient(options.accountUrl, options.credential, pipeline);
  return new BlobExportStore(service, service.getContainerClient(options.container));
}
