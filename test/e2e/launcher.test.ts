// The child-process helpers behind `npm start` and the end-to-end stack.
import { describe, expect, it } from 'vitest';
import { describeExit, startChild, waitUntil } from '../../scripts/lib/children.js';
import { tcpAnswers } from '../../scripts/lib/local-stack.js';
import { freePort } from '../../scripts/lib/ports.js';
import { START_TIMEOUT_MS } from '../support/timeouts.js';

const node = (script: string, onLine?: (line: string) => void) =>
  startChild({
    name: 'child',
    command: process.execPath,
    args: ['-e', script],
    cwd: process.cwd(),
    env: { ...process.env },
    ...(onLine ? { onLine } : {}),
  });

describe('startChild', () => {
  it('hands over every output line and finds the line it waits for', async () => {
    const seen: string[] = [];
    const child = node(
      "console.log('starting'); console.error('warming up'); setTimeout(() => console.log('Listening on 4321'), 50); setInterval(() => {}, 1000);",
      (l) => seen.push(l),
    );
    const [, port] = await child.waitForLine(/Listening on (\d+)/, START_TIMEOUT_MS);
    expect(port).toBe('4321');
    expect(seen).toEqual(expect.arrayContaining(['starting', 'warming up']));
    expect(child.tail()).toContain('warming up');
    expect(describeExit(await child.stop())).toBe('signal SIGTERM');
  });

  it('fails the wait at once when the process exits without the line', async () => {
    const child = node("console.log('config is bad'); process.exit(3);");
    await expect(child.waitForLine(/Listening/, START_TIMEOUT_MS)).rejects.toThrow(/exited \(exit code 3\)/);
  });

  it('kills a process that ignores SIGTERM after the grace period', async () => {
    const child = node("process.on('SIGTERM', () => {}); console.log('ready'); setInterval(() => {}, 1000);");
    await child.waitForLine(/ready/, START_TIMEOUT_MS);
    expect(describeExit(await child.stop(300))).toBe('signal SIGKILL');
  });
});

describe('waitUntil', () => {
  it('gives up with the child output when the child dies first', async () => {
    const child = node("console.log('port in use'); process.exit(1);");
    const port = await freePort();
    await expect(waitUntil('a server', () => tcpAnswers(port), { timeoutMs: START_TIMEOUT_MS, child })).rejects.toThrow(
      /child exited \(exit code 1\)[\s\S]*port in use/,
    );
  });

  it('times out with a clear message', async () => {
    await expect(waitUntil('nothing', async () => false, { timeoutMs: 200, intervalMs: 50 })).rejects.toThrow(
      /timed out after 200 ms waiting for nothing/,
    );
  });
});
