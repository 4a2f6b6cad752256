// A counting HTTP proxy in front of Azurite's Table endpoint (issue 10 §5): the bot's connection string points its
// TableEndpoint here, so every Table request the bot makes is counted for real, without a change to the bot's code.
// A batch ($batch) is one HTTP request and counts as one, which is what a Table request costs on Azure.
import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TableProxy {
  readonly port: number;
  /** Requests forwarded so far (every method, every table). */
  count(): number;
  close(): Promise<void>;
}

/** Listens on a free loopback port and forwards every request to `127.0.0.1:upstreamPort` unchanged. */
export async function startTableProxy(upstreamPort: number): Promise<TableProxy> {
  // Keep-alive on both sides, as the SDK keeps its connections to Azure alive: the proxy adds a hop, not a handshake.
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let forwarded = 0;
  const forward = (req: IncomingMessage, res: ServerResponse): void => {
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
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    count: () => forwarded,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
