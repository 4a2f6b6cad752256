// The hand-written $batch (storage/tables/batch.ts) against what @azure/data-tables sends for the same operations: the
// same body byte for byte (boundaries aside), the same request line and headers; and its answers read as the SDK
// reads them: a refused operation is the typed storage error of its status. The storage contract runs it on Azurite.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TableClient, type TransactionAction as SdkAction } from '@azure/data-tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransactionAction } from '../../storage/entity-table.js';
import { ConflictError, StorageError } from '../../storage/errors.js';
import { batchBody, BatchError, parseBatchResponse, submitBatch } from '../../storage/tables/batch.js';
import { toStorageError } from '../../storage/tables/rest-errors.js';
import { connectionStringFor } from '../support/azurite.js';

interface Captured {
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const captured: Captured[] = [];
const server = createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    captured.push({ url: req.url ?? '', headers: req.headers, body });
    // refused, so the SDK does not retry: one request each
    res.writeHead(400, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ 'odata.error': { code: 'InvalidInput', message: { value: 'captured' } } }));
  });
});
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ACTIONS: TransactionAction[] = [
  ['create', { partitionKey: '90000001', rowKey: 's|2025-03-10|abc', topic: 'Verwijzingen · één', minutes: 60, share: 0.5, on: true }],
  ['upsert', { partitionKey: '90000001', rowKey: "summary'quote", seq: 7, summary: '{"a":[1,2]}' }],
  ['delete', { partitionKey: '90000001', rowKey: 'k|s|x y|z' }],
];
const TABLE = 'mtvpRecords';

function client(): TableClient {
  return TableClient.fromConnectionString(connectionStringFor(port), TABLE, {
    allowInsecureConnection: true,
    retryOptions: { maxRetries: 0 },
  });
}

/** The ids the SDK chose, from its body. */
function idsOf(body: string): { batch: string; changeset: string } {
  const batch = /^--batch_([0-9a-f-]+)\r\n/.exec(body)?.[1];
  const changeset = /boundary=changeset_([0-9a-f-]+)\r\n/.exec(body)?.[1];
  if (!batch || !changeset) throw new Error(`no boundaries in ${body.slice(0, 200)}`);
  return { batch, changeset };
}

const SAME_HEADERS = ['accept', 'x-ms-version', 'dataserviceversion', 'maxdataserviceversion', 'accept-charset', 'connection'];

describe('a batch written by hand', () => {
  it('is the request the SDK sends for the same operations', async () => {
    const sdk = client();
    const sdkActions = ACTIONS.map((a): SdkAction =>
      a[0] === 'delete' ? ['delete', a[1]] : a[0] === 'create' ? ['create', a[1]] : ['upsert', a[1], 'Replace'],
    );
    await expect(sdk.submitTransaction(sdkActions)).rejects.toThrow();
    const theirs = captured.at(-1);
    if (theirs === undefined) throw new Error('the SDK sent nothing');
    const ids = idsOf(theirs.body);
    const tableUrl = `http://127.0.0.1:${port}/devstoreaccount1/${TABLE}`;
    expect(batchBody(tableUrl, ACTIONS, ids)).toBe(theirs.body);

    const ours = client();
    await expect(
      submitBatch({ tableUrl, pipeline: ours.pipeline, allowInsecureConnection: true }, ACTIONS, AbortSignal.timeout(30_000), ids),
    ).rejects.toBeInstanceOf(BatchError);
    const mine = captured.at(-1);
    expect(mine?.url).toBe(theirs.url);
    expect(mine?.body).toBe(theirs.body);
    for (const name of [...SAME_HEADERS, 'content-type']) expect([name, mine?.headers[name]]).toEqual([name, theirs.headers[name]]);
    // signed by the client's own pipeline, as the SDK's batch is
    expect(mine?.headers['authorization']).toMatch(/^SharedKeyLite devstoreaccount1:/);
  });

  it('reads the ETag of each created or replaced row, in the order of the operations', () => {
    const part = (status: string, etag?: string) =>
      `--changesetresponse_1\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 ${status}\r\n${etag ? `ETag: ${etag}\r\n` : ''}\r\n`;
    const text = `--batchresponse_1\r\n${part('204 No Content', 'W/"e1"')}${part('204 No Content', 'W/"e2"')}${part('204 No Content')}--changesetresponse_1--\r\n--batchresponse_1--\r\n`;
    expect([...parseBatchResponse(202, text, ACTIONS)]).toEqual([
      ['s|2025-03-10|abc', 'W/"e1"'],
      ["summary'quote", 'W/"e2"'],
    ]);
  });

  it('turns a refused operation into the storage error of its status, and a refused batch into one of the whole', () => {
    const conflict =
      '--batchresponse_1\r\n--changesetresponse_1\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 409 Conflict\r\n\r\n' +
      '{"odata.error":{"code":"EntityAlreadyExists","message":{"lang":"en-US","value":"0:The specified entity already exists."}}}\r\n' +
      '--changesetresponse_1--\r\n--batchresponse_1--\r\n';
    const refused = (status: number, text: string) => {
      try {
        parseBatchResponse(status, text, ACTIONS);
      } catch (err) {
        return toStorageError(err, 'transaction');
      }
      throw new Error('not refused');
    };
    const error = refused(202, conflict);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toContain('EntityAlreadyExists');
    const invalid = refused(400, '{"odata.error":{"code":"InvalidInput","message":{"value":"bad"}}}');
    expect(invalid).toBeInstanceOf(StorageError);
    expect(invalid.message).toContain('InvalidInput');
  });
});
