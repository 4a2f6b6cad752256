// The Agents Playground stamps every activity with locale "en-US" (hard-coded in 0.2.28), so a bot that is Dutch
// by default would always answer in English there. This loopback proxy sits between the Playground and the bot and
// sets the locale a Dutch Teams client would send; everything else passes through untouched.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocaleProxy {
  port: number;
  close(): Promise<void>;
}

export interface LocaleProxyOptions {
  targetPort: number;
  locale: string;
  targetHost?: string;
  /** 0 (default) lets the OS choose. */
  port?: number;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/** Sets `locale` on the activity and on its clientInfo entity; a body that is not a JSON object is left alone. */
export function relocalize(body: Buffer, locale: string): Buffer {
  let activity: unknown;
  try {
    activity = JSON.parse(body.toString('utf8'));
  } catch {
    return body;
  }
  if (typeof activity !== 'object' || activity === null || Array.isArray(activity)) return body;
  const record = activity as Record<string, unknown>;
  record.locale = locale;
  if (Array.isArray(record.entities)) {
    for (const entity of record.entities as unknown[]) {
      if (typeof entity === 'object' && entity !== null && (entity as Record<string, unknown>).type === 'clientInfo') {
        (entity as Record<string, unknown>).locale = locale;
      }
    }
  }
  return Buffer.from(JSON.stringify(record));
}

export async function startLocaleProxy(options: LocaleProxyOptions): Promise<LocaleProxy> {
  const targetHost = options.targetHost ?? '127.0.0.1';
  const forward = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req);
    const isActivity = req.method === 'POST' && (req.url ?? '').startsWith('/api/messages');
    const body = isActivity ? relocalize(raw, options.locale) : raw;
    const headers = { ...req.headers, host: `${targetHost}:${options.targetPort}`, 'content-length': String(body.length) };
    const upstream = request({ host: targetHost, port: options.targetPort, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.once('error', (error) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`locale proxy: the bot did not answer (${error.message})`);
    });
    upstream.end(body);
  };
  const server = createServer((req, res) => {
    forward(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(400);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
