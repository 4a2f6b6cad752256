// The bot's V8 heap limit (issue 10 §3) is set where scripts/start.ts spawns it (scripts/lib/local-stack.ts) and in
// `npm run start:bot`; the turn bench measures the bot with the first, production may run the second.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOT_ENV, BOT_NODE_FLAGS, botCommand, botEnvironment } from '../../scripts/lib/local-stack.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };

describe('bot process flags', () => {
  it('limit the old generation', () => {
    expect(BOT_NODE_FLAGS.some((f) => /^--max-old-space-size=\d+$/.test(f))).toBe(true);
  });

  it('are the same in npm start (compiled and tsx) and in npm run start:bot', () => {
    for (const runtime of ['compiled', 'tsx'] as const) expect(botCommand(runtime).args).toEqual(expect.arrayContaining(BOT_NODE_FLAGS));
    const startBot = pkg.scripts['start:bot']?.split(' ') ?? [];
    expect(startBot).toEqual(expect.arrayContaining(BOT_NODE_FLAGS));
    expect(startBot).not.toContain('tsx');
  });

  it('set the same environment in npm start and in npm run start:bot, over what the caller passes', () => {
    const startBot = pkg.scripts['start:bot']?.split(' ') ?? [];
    for (const [name, value] of Object.entries(BOT_ENV)) {
      expect(startBot).toContain(`${name}=${value}`);
      expect(botEnvironment({ [name]: 'other', PORT: '1' })).toMatchObject({ [name]: value, PORT: '1' });
    }
  });
});
