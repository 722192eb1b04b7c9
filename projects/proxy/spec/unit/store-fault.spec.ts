import * as net from 'node:net';
import BetterSqlite3 from 'better-sqlite3';
import { Client, DatabaseError } from 'pg';
import { storeFaultOf, StoreUnavailableError } from '../../src/documents/storage/store-fault';

function pgError(code: string): DatabaseError {
  return Object.assign(new DatabaseError('server said no', 0, 'error'), { code });
}

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed, open '/var/lib/exd/files/ab/abcdef'`), { code, syscall: 'open' });
}

describe('storeFaultOf (which errors are a store that is down for now)', () => {
  const indexSqlstates: [string, string][] = [
    ['57P01', 'admin_shutdown'],
    ['57P02', 'crash_shutdown'],
    ['57P03', 'cannot_connect_now'],
    ['53300', 'too_many_connections'],
    ['57014', 'query_canceled / statement timeout'],
    ['08000', 'connection_exception'],
    ['08003', 'connection_does_not_exist'],
    ['08006', 'connection_failure'],
    ['08001', 'sqlclient_unable_to_establish_sqlconnection'],
    ['08P01', 'protocol_violation'],
  ];
  for (const [code, name] of indexSqlstates) {
    it(`counts PostgreSQL ${code} (${name}) as an index fault`, () => {
      expect(storeFaultOf(pgError(code))).toBe('index');
    });
  }

  for (const code of ['23505', '42P01', '22P02', '42601']) {
    it(`does not count PostgreSQL ${code} (a bug or bad data) as a fault`, () => {
      expect(storeFaultOf(pgError(code))).toBeUndefined();
    });
  }

  for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', 'SQLITE_LOCKED_SHAREDCACHE', 'SQLITE_FULL', 'SQLITE_IOERR', 'SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC']) {
    it(`counts SQLite ${code} as an index fault`, () => {
      expect(storeFaultOf(new BetterSqlite3.SqliteError('database is locked', code))).toBe('index');
    });
  }

  for (const code of ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_ERROR', 'SQLITE_MISMATCH']) {
    it(`does not count SQLite ${code} as a fault`, () => {
      expect(storeFaultOf(new BetterSqlite3.SqliteError('no', code))).toBeUndefined();
    });
  }

  for (const code of ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']) {
    it(`counts a database connection's ${code} as an index fault`, () => {
      expect(storeFaultOf(errnoError(code))).toBe('index');
    });
  }

  for (const message of ['Connection terminated unexpectedly', 'Connection terminated due to connection timeout', 'timeout exceeded when trying to connect', 'Client has encountered a connection error and is not queryable']) {
    it(`counts node-postgres' "${message}" as an index fault`, () => {
      expect(storeFaultOf(new Error(message))).toBe('index');
    });
  }

  it('counts a real refused PostgreSQL connection (as node-postgres reports it) as an index fault', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const client = new Client({ connectionString: `postgres://nobody@localhost:${port}/none`, connectionTimeoutMillis: 2_000 });
    const error = await client.connect().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeDefined();
    expect(storeFaultOf(error)).toBe('index');
  });

  for (const code of ['EIO', 'ENOSPC', 'EMFILE', 'ENFILE', 'EACCES', 'EROFS']) {
    it(`counts the content store's ${code} as a content fault`, () => {
      expect(storeFaultOf(errnoError(code))).toBe('content');
    });
  }

  it('does not count a missing file (ENOENT) as a fault: that is missing content', () => {
    expect(storeFaultOf(errnoError('ENOENT'))).toBeUndefined();
  });

  it('finds a fault wrapped as the cause of another error, and the first of an AggregateError', () => {
    expect(storeFaultOf(new Error('insert failed', { cause: pgError('57P01') }))).toBe('index');
    expect(storeFaultOf(new AggregateError([errnoError('ECONNREFUSED'), errnoError('ECONNREFUSED')], 'connect failed'))).toBe('index');
  });

  it('takes the part a StoreUnavailableError names', () => {
    expect(storeFaultOf(new StoreUnavailableError('content'))).toBe('content');
    expect(storeFaultOf(new StoreUnavailableError('index'))).toBe('index');
  });

  it('does not count programming errors or non-errors', () => {
    expect(storeFaultOf(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBeUndefined();
    expect(storeFaultOf(new Error('Ingested document 1 is not readable'))).toBeUndefined();
    expect(storeFaultOf('ECONNREFUSED')).toBeUndefined();
    expect(storeFaultOf(undefined)).toBeUndefined();
  });
});
