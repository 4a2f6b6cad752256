// Issue 12 §2: a storage that accepts connections and never answers (frozen) must not hold a turn: every operation
// gives up after its timeout with StorageUnavailableError, which the bot reports in Dutch with a reference code.
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { azuriteConnectionString } from '../../bot/config.js';
import { StorageUnavailableError } from '../../storage/errors.js';
import { createTableStores } from '../../storage/tables/index.js';

const sockets: Socket[] = [];
const server = createServer((socket) => void sockets.push(socket));

describe('a frozen storage', () => {
  it('gives up every kind of operation after its timeout with StorageUnavailableError', async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const stores = await createTableStores({
        connectionString: azuriteConnectionString(port),
        allowInsecureConnection: true,
        createTables: false,
        maxRetries: 0,
        operationTimeoutMs: 300,
      });
      const ctx = { actor: { id: 'u' }, idempotencyKey: 'k', at: '2025-01-01T00:00:00.000Z' };
      await expect(stores.practices.get('01234567')).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(stores.records.get('01234567')).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(stores.practices.listByRegion('hoog')).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(stores.audit.append({ practiceId: 'p', action: 'a', actor: 'u', at: ctx.at })).rejects.toBeInstanceOf(
        StorageUnavailableError,
      );
      await expect(stores.health.ping()).rejects.toBeInstanceOf(StorageUnavailableError);
      expect(sockets.length).toBeGreaterThan(0);
    } finally {
      for (const socket of sockets.splice(0)) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
