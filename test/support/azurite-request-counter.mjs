// Preloaded into Azurite's Table service when a bench asks for a request count (`startAzurite(…, { countRequests })`):
// counts every HTTP request the service receives (a $batch is one, as it is one request on Azure) through Node's
// diagnostics channel, and answers the count at GET / on 127.0.0.1:AZURITE_COUNTER_PORT. The bot then talks to Azurite
// directly, without a counting hop in between that would cost CPU on the same machine (issue 10 §5).
import { subscribe } from 'node:diagnostics_channel';
import { createServer } from 'node:http';

let served = 0;
const port = Number(process.env.AZURITE_COUNTER_PORT);
if (Number.isInteger(port) && port > 0) {
  const counter = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(String(served));
  });
  // The counter's own requests are not counted: only those of the servers Azurite creates.
  subscribe('http.server.request.start', (message) => {
    if (/** @type {{ server?: unknown }} */ (message).server !== counter) served += 1;
  });
  counter.listen(port, '127.0.0.1');
  counter.unref();
}
