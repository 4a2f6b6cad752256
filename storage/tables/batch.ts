// An entity group transaction ($batch) written straight onto the TableClient's own pipeline (its authentication,
// retries and timeout), in the bytes @azure/data-tables 13 writes (test/storage/batch.test.ts compares the two).
// The SDK's submitTransaction builds a new TableClient and runs every entity through a full request pipeline to capture
// it; for a five-row record write that was ~1.3 ms of the bot's CPU (issue 10, `npm run bench -- turns`), this ~0.1 ms.
import { randomUUID } from 'node:crypto';
import {
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineRequest,
  type HttpClient,
  type Pipeline,
} from '@azure/core-rest-pipeline';
import type { Entity, TransactionAction, TransactionEtags } from '../entity-table.js';

const CRLF = '\r\n';
// The service version the SDK sends with a batch (utils/baseTransactionHeaders.js).
const BATCH_VERSION = '2019-02-02';

/** What a batch is sent through: the table's URL and the pipeline of its TableClient. */
export interface BatchClient {
  /** `https://<account>.table.core.windows.net/<table>` (TableClient.url plus the table name). */
  tableUrl: string;
  pipeline: Pipeline;
  allowInsecureConnection: boolean;
}

/** The ids that bound a batch and its change set (random; a test fixes them). */
export interface BatchIds {
  batch: string;
  changeset: string;
}

/** Thrown for a batch the service refused, shaped as the SDK's RestError (rest-errors.ts reads it). */
export class BatchError extends Error {
  constructor(
    message: string,
    readonly statusCode: number,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'BatchError';
  }
}

/** OData key literal in a URL: a quote doubled, then percent-encoded (as the SDK's escapeQuotes + path encoding). */
const keyLiteral = (key: string): string => `'${encodeURIComponent(key.replace(/'/g, "''"))}'`;
const entityUrl = (tableUrl: string, e: Pick<Entity, 'partitionKey' | 'rowKey'>): string =>
  `${tableUrl}(PartitionKey=${keyLiteral(e.partitionKey)},RowKey=${keyLiteral(e.rowKey)})`;

/** An entity as the service reads it: PartitionKey and RowKey by those names, strings, numbers and booleans as they are. */
function entityJson(entity: Entity): string {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    out[key === 'partitionKey' ? 'PartitionKey' : key === 'rowKey' ? 'RowKey' : key] = value;
  }
  return JSON.stringify(out);
}

function subRequest(tableUrl: string, action: TransactionAction): string {
  const [op, entity] = action;
  const [line, headers, body] =
    op === 'create'
      ? [
          `POST ${tableUrl} HTTP/1.1`,
          [
            'Content-Type: application/json;odata=nometadata',
            'Accept: application/json;odata=minimalmetadata',
            'DataServiceVersion: 3.0',
            'Prefer: return-no-content',
          ],
          entityJson(entity),
        ]
      : op === 'upsert'
        ? [
            `PUT ${entityUrl(tableUrl, entity)} HTTP/1.1`,
            ['Content-Type: application/json', 'DataServiceVersion: 3.0', 'Accept: application/json'],
            entityJson(entity),
          ]
        : [
            `DELETE ${entityUrl(tableUrl, entity)} HTTP/1.1`,
            ['Accept: application/json;odata=minimalmetadata', 'DataServiceVersion: 3.0', 'If-Match: *'],
            '',
          ];
  const head = `--changeset_{C}${CRLF}content-type: application/http${CRLF}content-transfer-encoding: binary${CRLF}${CRLF}`;
  return `${head}${line}${CRLF}${headers.map((h) => h + CRLF).join('')}${CRLF}${body === '' ? '' : CRLF + body}`;
}

/** The multipart body of a batch (one change set). */
export function batchBody(tableUrl: string, actions: readonly TransactionAction[], ids: BatchIds): string {
  const parts = [
    `--batch_${ids.batch}${CRLF}content-type: multipart/mixed; boundary=changeset_${ids.changeset}${CRLF}${CRLF}`,
    ...actions.map((a) => subRequest(tableUrl, a).replace('{C}', ids.changeset)),
  ];
  return `${parts.join(CRLF)}${CRLF}--changeset_${ids.changeset}--${CRLF}--batch_${ids.batch}--${CRLF}`;
}

function refusal(body: string, status: number): BatchError {
  let message = 'Transaction Failed';
  let code: string | undefined;
  try {
    const error = (JSON.parse(body) as { 'odata.error'?: { code?: string; message?: { value?: string } } })['odata.error'];
    message = error?.message?.value ?? message;
    code = error?.code || undefined;
  } catch {
    // not JSON: the status says enough
  }
  return new BatchError(message, status, code);
}

/**
 * The ETag of each row the batch created or replaced, in the order of `actions` (the service answers in that order);
 * throws BatchError with the status of the operation that failed (409 for a row that exists, …).
 */
export function parseBatchResponse(status: number, text: string, actions: readonly TransactionAction[]): TransactionEtags {
  if (status < 200 || status >= 300) throw refusal(/\{.*\}/s.exec(text)?.[0] ?? '', status);
  const parts = text.split('--changesetresponse_').slice(1, -1);
  const etags = new Map<string, string>();
  parts.forEach((part, i) => {
    const code = Number(/HTTP\/1\.1 (\d+)/.exec(part)?.[1]);
    if (!Number.isInteger(code)) throw new BatchError(`no status in a batch response part`, 502, undefined);
    const json = /\{.*\}/s.exec(part)?.[0];
    if (code >= 300 || json !== undefined) throw refusal(json ?? '', code);
    const etag = /ETag: (.*)/.exec(part)?.[1];
    const action = actions[i];
    if (etag !== undefined && action !== undefined && action[0] !== 'delete') etags.set(action[1].rowKey, etag.trim());
  });
  return etags;
}

let http: HttpClient | undefined;

/** Sends one batch of `actions` (same partition, ≤ 100) through the client's pipeline. */
export async function submitBatch(
  client: BatchClient,
  actions: readonly TransactionAction[],
  abortSignal: AbortSignal,
  ids: BatchIds = { batch: randomUUID(), changeset: randomUUID() },
): Promise<TransactionEtags> {
  const url = client.tableUrl.slice(0, client.tableUrl.lastIndexOf('/') + 1) + '$batch';
  const request = createPipelineRequest({
    url,
    method: 'POST',
    body: batchBody(client.tableUrl, actions, ids),
    headers: createHttpHeaders({
      accept: 'application/json',
      'x-ms-version': BATCH_VERSION,
      DataServiceVersion: '3.0;',
      MaxDataServiceVersion: '3.0;NetFx',
      'Content-Type': `multipart/mixed; boundary=batch_${ids.batch}`,
      'Accept-Charset': 'UTF-8',
      Connection: 'Keep-Alive',
    }),
    allowInsecureConnection: client.allowInsecureConnection,
    abortSignal,
  });
  const response = await client.pipeline.sendRequest((http ??= createDefaultHttpClient()), request);
  return parseBatchResponse(response.status, response.bodyAsText ?? '', actions);
}
