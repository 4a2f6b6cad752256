// The echo floor of the turn bench (issue 10 §5): a bare bot on the same stack as ours (botbuilder CloudAdapter with
// the local, unauthenticated auth setup of bot/config.ts, restify with the body parsers of bot/server.ts) that answers
// every message with one text and touches no storage. What our bot costs on top of this is the bot's own work.
// Run alone: `PORT=3979 node --import tsx test/bench/echo-bot.ts` (prints `listening <port>`).
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';

export interface EchoBot {
  readonly port: number;
  close(): Promise<void>;
}

export async function startEchoBot(port = 0, host = '127.0.0.1'): Promise<EchoBot> {
  // An empty app id: CloudAdapter accepts unauthenticated local traffic, as our bot does in local mode (STACK.md).
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant' }),
  );
  const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
  const readBody = restify.plugins.bodyReader({ maxBodySize: 1024 * 1024 });
  const parseJson = restify.plugins.jsonBodyParser({ mapParams: false, bodyReader: true });
  server.post('/api/messages', readBody, parseJson, async (req, res) => {
    await adapter.process(req, res, async (context) => {
      if (context.activity.type === 'message') await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return { port: address.port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const bot = await startEchoBot(Number(process.env.PORT ?? 0));
  process.stdout.write(`listening ${bot.port}\n`);
  process.on('SIGTERM', () => void bot.close().then(() => process.exit(0)));
}
