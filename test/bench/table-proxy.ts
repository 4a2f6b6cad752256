// A counting HTTP proxy in front of Azurite's Table endpoint (issue 10 §5): the bot's connection string points its
// TableEndpoint here, so every Table request the bot makes is counted for real, without a change to the bot's code.
// A batch ($batch) is one HTTP request and counts as one, which is what a Table request costs on Azure.
// The turn bench runs it in a process of its own (`UPSTREAM_PORT=… node --import tsx test/bench/table-proxy.ts`,
// prints `listening <port>`), so the hop does not wait on the load generator's event loop; `GET /_bench/count`
// answers the count so far (not counted, not forwarded).
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';

export interface TableProxy {
  readonly port: number;
  /** Requests forwarded so far (every method, every table). */
  count(): Promise<number>;
  close(): Promise<void>;
}

export const COUNT_PATH = '/_bench/count';

/** Listens on loopback (`port`, 0 = a free one) and forwards every request to `127.0.0.1:upstreamPort` unchanged. */
export async function startTableProxy(upstreamPort: number, port = 0): Promise<TableProxy> {
  // Keep-alive on both sides, as the SDK keeps its connections to Azure alive: the proxy adds a hop, not a handshake.
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let forwarded = 0;
  const forward = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method === 'GET' && req.url === COUNT_PATH) {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(String(forwarded));
      return;
    }
    forwarded += 1;
    const upstream = request(
      { host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`table proxy: ${err.message}`);
    });
    req.pipe(upstream);
  };
  const server = createServer({ keepAlive: true }, forward);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    port: address.port,
    count: () => Promise.resolve(forwarded),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}

/** The count of a proxy running in another process, asked over HTTP. */
export async function countOf(port: number): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}${COUNT_PATH}`);
  return Number(await res.text());
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const proxy = await startTableProxy(Number(process.env.UPSTREAM_PORT), Number(process.env.PORT ?? 0));
  process.stdout.write(`listening ${proxy.port}\n`);
  process.on('SIGTERM', () => void proxy.close().then(() => process.exit(0)));
}
