// Reads the JSON body of POST /api/messages with the cheap checks first (issue 12 §1): encoding, media type and
// declared length before a byte is read, the byte count while reading, JSON.parse only on a bounded body. Replaces
// restify's bodyReader/jsonBodyParser, whose gzip/deflate support inflated a compressed body before any limit or
// token check (one 102 KB gzip body: 13 s and +370 MB).
import type { IncomingMessage } from 'node:http';

/** A Teams message is at most about 100 KB (PRODUCT.md); 1 MiB leaves room for card submissions with history. */
export const MAX_BODY_BYTES = 1024 * 1024;

export type BodyResult = { ok: true; body: unknown } | { ok: false; status: 400 | 413 | 415; error: string };

const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i;

/**
 * Only identity: the Bot Connector posts activities uncompressed, and inflating is the attack. An absent header,
 * an empty one and `identity` all mean "not compressed".
 */
function isIdentity(encoding: string | undefined): boolean {
  return encoding === undefined || encoding.trim() === '' || encoding.trim().toLowerCase() === 'identity';
}

/** The refusals that need no body: every one of them is decided on the headers alone. */
function refuseByHeaders(req: IncomingMessage, maxBytes: number): BodyResult | undefined {
  if (!isIdentity(req.headers['content-encoding'])) return { ok: false, status: 415, error: 'compressed bodies are not accepted' };
  if (!JSON_TYPE.test(req.headers['content-type'] ?? '')) return { ok: false, status: 400, error: 'body is not JSON' };
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > maxBytes) return { ok: false, status: 413, error: 'body too large' };
  return undefined;
}

/**
 * The raw bytes; `tooLarge` as soon as more than `maxBytes` arrived (a chunked body declares no length); `broken`
 * when the client went away or the socket failed before the end (a normal refusal, not a server fault to log).
 */
function readBounded(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'tooLarge' | 'broken'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (result: Buffer | 'tooLarge' | 'broken'): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onBroken);
      req.off('close', onBroken);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        settle('tooLarge');
        // The rest is read and thrown away, never kept: the 413 can be answered at once, and the connection
        // stays usable (Node's requestTimeout ends a sender that never stops).
        req.resume();
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => settle(Buffer.concat(chunks, size));
    const onBroken = (): void => settle('broken');
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onBroken);
    req.on('close', onBroken);
  });
}

export async function readJsonBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<BodyResult> {
  const refused = refuseByHeaders(req, maxBytes);
  if (refused) return refused;
  const raw = await readBounded(req, maxBytes);
  if (raw === 'tooLarge') return { ok: false, status: 413, error: 'body too large' };
  if (raw === 'broken') return { ok: false, status: 400, error: 'body incomplete' };
  try {
    return { ok: true, body: JSON.parse(raw.toString('utf8')) as unknown };
  } catch {
    return { ok: false, status: 400, error: 'body is not JSON' };
  }
}
