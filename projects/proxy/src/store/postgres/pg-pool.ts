import { Pool, type PoolClient } from 'pg';

export interface PoolSettings {
  /** each connection's statement_timeout (0 or absent: none) */
  statementTimeoutMs?: number;
  /** commits do not wait for the WAL flush (synchronous_commit=off): for writes a crash may lose */
  asynchronousCommit?: boolean;
}

/** A pool whose connections use `schema`; an idle connection lost (a server restart) is replaced, not fatal. */
export function openPool(databaseUrl: string, schema: string, poolSize: number, { statementTimeoutMs, asynchronousCommit }: PoolSettings = {}): Pool {
  const pool = new Pool({
    connectionString: databaseUrl,
    max: poolSize,
    options: `-c search_path=${schema}${asynchronousCommit ? ' -c synchronous_commit=off' : ''}`,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
  });
  // An idle client losing its connection (a server restart) must not crash the process: the
  // pool drops that client and connects a new one on the next checkout.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `work` in one transaction on one checked-out client: committed when it resolves, rolled back when it throws. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  // The pool listens for errors only on idle clients: a connection lost between two statements
  // of this transaction would otherwise be an unhandled 'error' event (a crash). The next
  // statement fails with it instead.
  const ignoreLostConnection = () => undefined;
  client.on('error', ignoreLostConnection);
  let unusable: Error | undefined;
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      unusable = rollbackError;
    });
    throw error;
  } finally {
    client.removeListener('error', ignoreLostConnection);
    // A client whose ROLLBACK failed may still be inside the transaction: the pool discards it.
    client.release(unusable);
  }
}

/**
 * Ends the pool. `pool.end()` waits for every checked-out client to come back, which a
 * statement stuck on a dead connection never does; after `timeoutMs` the remaining
 * connections are destroyed instead.
 */
export async function closePool(pool: Pool, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const ended = pool.end();
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    if ((await Promise.race([ended, timedOut])) === 'timeout') destroyConnections(pool);
  } finally {
    clearTimeout(timer);
  }
}

/** Cuts every connection of the pool, idle or checked out. */
function destroyConnections(pool: Pool): void {
  const clients = (pool as unknown as { _clients?: { connection?: { stream?: { destroy(): void } } }[] })._clients ?? [];
  for (const client of clients) client.connection?.stream?.destroy();
}
