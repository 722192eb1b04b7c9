import { randomUUID } from 'node:crypto';
import { Pool, type PoolClient } from 'pg';
import { sealEvent } from '../../documents/audit/audit-chain';
import type { AuditEvent, AuditEventDraft } from '../../documents/audit/audit-event';
import type { DocumentPage, DocumentQuery, NewDocument, ShopperDocument } from '../../documents/model';
import type { AuditQuery, DocumentWithAudit } from '../audit-store';
import type { InsertResult } from '../document-store';
import type { ClaimOutcome } from '../generation-claims';
import type { ProxyStore } from '../proxy-store';
import {
  DOCUMENT_INSERT_COLUMN_COUNT,
  DOCUMENT_INSERT_COLUMNS,
  DOCUMENT_SELECT_COLUMNS,
  documentInsertValues,
  facetsFromTypeCounts,
  ORDER_BY,
  toShopperDocument,
  type DocumentRow,
  type TypeCount,
} from '../document-rows';
import { AUDIT_INSERT_COLUMNS, AUDIT_INSERT_COLUMN_COUNT, auditInsertValues, toAuditEvent, type AuditRow } from '../audit-rows';
import { BoundParameters, documentListConditions, POSTGRES_LIST_FILTERS } from '../document-list-filters';
import { migratePg, quoteIdent } from './migrations';
import { PgDeliveryEvents } from './pg-delivery-events';
import { PgPreferences } from './pg-preferences';

export interface PgStoreOptions {
  /** schema holding the tables (created if missing); default `public` */
  schema?: string;
  /** connections per instance */
  poolSize?: number;
  /** statement_timeout of every pooled connection, in ms (0 or absent: none) */
  statementTimeoutMs?: number;
}



const SELECT_COLUMNS = `${DOCUMENT_SELECT_COLUMNS}, (r.document_id IS NOT NULL) AS is_read`;

/** `$1` is always the reading user's uid. */
const FROM_WITH_READS = `FROM documents d
  LEFT JOIN document_reads r ON r.document_id = d.id AND r.user_uid = $1`;

/**
 * The scale-out store: PostgreSQL through a connection pool. Holds no state of its own, so any
 * number of proxy instances can share one database.
 */
export class PgDocumentStore implements ProxyStore {
  readonly preferences: PgPreferences;
  readonly deliveryEvents: PgDeliveryEvents;

  private constructor(
    private readonly pool: Pool,
    private readonly schema: string,
  ) {
    this.preferences = new PgPreferences(pool, schema, (work) => this.transaction(work));
    this.deliveryEvents = new PgDeliveryEvents((work) => this.transaction(work), (client, draft) => this.appendIn(client, draft));
  }

  /** Connects, creates the schema if needed and applies pending migrations (under an advisory lock). */
  static async open(databaseUrl: string, options: PgStoreOptions = {}): Promise<PgDocumentStore> {
    const schema = options.schema ?? 'public';
    quoteIdent(schema);
    const pool = new Pool({
      connectionString: databaseUrl,
      max: options.poolSize ?? 10,
      options: `-c search_path=${schema}`,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    });
    // An idle client losing its connection (a server restart) must not crash the process: the
    // pool drops that client and connects a new one on the next checkout.
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      try {
        // a migration may rewrite a large table: no statement timeout for it
        await client.query('SET statement_timeout = 0');
        await migratePg(client, schema);
        await client.query('RESET statement_timeout');
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PgDocumentStore(pool, schema);
  }

  async insertIfAbsent(doc: NewDocument): Promise<InsertResult> {
    return doc.readByOwner ? this.transaction((client) => this.insert(client, doc)) : this.insert(this.pool, doc);
  }

  async insertWithAudit(doc: NewDocument, draft: Omit<AuditEventDraft, 'documentId' | 'documentSha256'>): Promise<InsertResult> {
    return (await this.insertManyWithAudit([{ document: doc, draft }]))[0];
  }

  async insertManyWithAudit(items: readonly DocumentWithAudit[]): Promise<InsertResult[]> {
    return this.transaction(async (client) => {
      const results: InsertResult[] = [];
      for (const item of items) results.push(await this.insert(client, item.document));
      const drafts = items.flatMap((item, i) =>
        results[i].inserted ? [{ ...item.draft, documentId: results[i].id, documentSha256: item.document.sha256 }] : [],
      );
      await this.appendManyIn(client, drafts);
      return results;
    });
  }

  async findForOwner(ownerUid: string, id: string): Promise<ShopperDocument | undefined> {
    const { rows } = await this.pool.query<DocumentRow>(
      `SELECT ${SELECT_COLUMNS} ${FROM_WITH_READS} WHERE d.id = $2 AND d.owner_uid = $1`,
      [ownerUid, id],
    );
    return rows[0] ? toShopperDocument(rows[0]) : undefined;
  }

  /**
   * One statement, so one round trip and one snapshot: the revision, the page (as JSON rows, in
   * order) and the per-type counts the total and facets come from.
   */
  async queryForOwner(ownerUid: string, query: DocumentQuery): Promise<DocumentPage> {
    // `$1` is the owner of owner_revisions and the reader of FROM_WITH_READS.
    const params = new BoundParameters(POSTGRES_LIST_FILTERS, [ownerUid]);
    const bind = params.bind;
    const all = documentListConditions(ownerUid, query, params, POSTGRES_LIST_FILTERS);
    const others = documentListConditions(ownerUid, query, params, POSTGRES_LIST_FILTERS, {
      ignoreTypes: true,
      ignoreUnread: true,
    });
    const order = ORDER_BY[query.sort];
    const { rows } = await this.pool.query<{ revision: string | null; documents: DocumentRow[]; counts: TypeCount[] }>(
      `SELECT
         (SELECT revision::text FROM owner_revisions WHERE owner_uid = $1) AS revision,
         (SELECT COALESCE(json_agg(row_to_json(d) ORDER BY ${order}), '[]'::json) FROM (
            SELECT ${SELECT_COLUMNS} ${FROM_WITH_READS} WHERE ${all}
            ORDER BY ${order} LIMIT ${bind(query.pageSize)} OFFSET ${bind(query.currentPage * query.pageSize)}
          ) d) AS documents,
         (SELECT COALESCE(json_agg(c), '[]'::json) FROM (
            SELECT d.type AS "code", COUNT(*) AS "total", COUNT(r.document_id) AS "readCount"
            ${FROM_WITH_READS} WHERE ${others} GROUP BY d.type
          ) c) AS counts`,
      params.values,
    );
    const { revision, documents, counts } = rows[0];
    return { documents: documents.map(toShopperDocument), ...facetsFromTypeCounts(query, counts), revision: revision ?? '' };
  }

  async listRevisions(ownerUids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const { rows } = await this.pool.query<{ owner_uid: string; revision: string }>(
      'SELECT owner_uid, revision::text AS revision FROM owner_revisions WHERE owner_uid = ANY($1::text[])',
      [ownerUids],
    );
    return new Map(rows.map((row) => [row.owner_uid, row.revision]));
  }

  async markRead(ownerUid: string, id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO document_reads (document_id, user_uid, read_at)
       SELECT id, $2, $3 FROM documents WHERE id = $1 AND owner_uid = $2
       ON CONFLICT DO NOTHING`,
      [id, ownerUid, Date.now()],
    );
    if ((rowCount ?? 0) > 0) return true;
    const owned = await this.pool.query('SELECT 1 FROM documents WHERE id = $1 AND owner_uid = $2', [id, ownerUid]);
    return (owned.rowCount ?? 0) > 0;
  }

  async ownerOf(id: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ owner_uid: string }>('SELECT owner_uid FROM documents WHERE id = $1', [id]);
    return rows[0]?.owner_uid;
  }

  async appendAudit(draft: AuditEventDraft): Promise<AuditEvent> {
    return this.transaction((client) => this.appendIn(client, draft));
  }

  async listAudit(query: AuditQuery): Promise<AuditEvent[]> {
    const clauses = ['seq > $1'];
    const params: unknown[] = [query.afterSeq ?? 0];
    if (query.from) {
      params.push(query.from.toISOString());
      clauses.push(`at >= $${params.length}`);
    }
    if (query.toExclusive) {
      params.push(query.toExclusive.toISOString());
      clauses.push(`at < $${params.length}`);
    }
    params.push(query.limit);
    const { rows } = await this.pool.query<AuditRow>(
      `SELECT * FROM audit_events WHERE ${clauses.join(' AND ')} ORDER BY seq LIMIT $${params.length}`,
      params,
    );
    return rows.map(toAuditEvent);
  }

  async auditHead(): Promise<{ seq: number; hash: string } | undefined> {
    const { rows } = await this.pool.query<{ seq: string; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1');
    return rows[0] ? { seq: Number(rows[0].seq), hash: rows[0].hash } : undefined;
  }

  async claimGeneration(reference: string, claimant: string, leaseMs: number): Promise<ClaimOutcome> {
    const now = Date.now();
    // One statement: the row lock taken by ON CONFLICT makes the take-over of an expired claim atomic.
    const claimed = await this.pool.query(
      `INSERT INTO generation_claims (reference, claimant, expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (reference) DO UPDATE SET claimant = EXCLUDED.claimant, expires_at = EXCLUDED.expires_at
         WHERE generation_claims.document_id IS NULL AND generation_claims.expires_at <= $4
       RETURNING reference`,
      [reference, claimant, now + leaseMs, now],
    );
    if ((claimed.rowCount ?? 0) > 0) return { state: 'claimed' };
    const { rows } = await this.pool.query<{ document_id: string | null }>(
      'SELECT document_id FROM generation_claims WHERE reference = $1',
      [reference],
    );
    const documentId = rows[0]?.document_id;
    return documentId ? { state: 'done', documentId } : { state: 'busy' };
  }

  async completeGeneration(reference: string, claimant: string, documentId: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO generation_claims (reference, claimant, expires_at, document_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (reference) DO UPDATE SET document_id = EXCLUDED.document_id, claimant = EXCLUDED.claimant`,
      [reference, claimant, Date.now(), documentId],
    );
  }

  async releaseGeneration(reference: string, claimant: string): Promise<void> {
    await this.pool.query('DELETE FROM generation_claims WHERE reference = $1 AND claimant = $2 AND document_id IS NULL', [
      reference,
      claimant,
    ]);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  /**
   * Ends the pool. `pool.end()` waits for every checked-out client to come back, which a
   * statement stuck on a dead connection never does; after `timeoutMs` the remaining
   * connections are destroyed instead.
   */
  async close(timeoutMs = 5_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const ended = this.pool.end();
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      if ((await Promise.race([ended, timedOut])) === 'timeout') this.destroyConnections();
    } finally {
      clearTimeout(timer);
    }
  }

  /** Cuts every connection of the pool, idle or checked out. */
  private destroyConnections(): void {
    const clients = (this.pool as unknown as { _clients?: { connection?: { stream?: { destroy(): void } } }[] })._clients ?? [];
    for (const client of clients) client.connection?.stream?.destroy();
  }

  /** Drops the store's schema with everything in it (tests use one schema per run). */
  async dropSchema(): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${quoteIdent(this.schema)} CASCADE`);
  }

  private async appendIn(client: PoolClient, draft: AuditEventDraft): Promise<AuditEvent> {
    return (await this.appendManyIn(client, [draft]))[0];
  }

  /** Appends events in order, chained one to the next: one lock, one head read, one multi-row insert, one head write. */
  private async appendManyIn(client: PoolClient, drafts: readonly AuditEventDraft[]): Promise<AuditEvent[]> {
    if (drafts.length === 0) return [];
    // Serializes appends across every instance on this schema until the transaction ends.
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`exd:audit:${this.schema}`]);
    const head = await client.query<{ seq: string; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1');
    let previous = head.rows[0] ? { seq: Number(head.rows[0].seq), hash: head.rows[0].hash } : undefined;
    const at = new Date();
    const events = drafts.map((draft) => {
      const event = sealEvent(draft, previous, at);
      previous = { seq: event.seq, hash: event.hash };
      return event;
    });
    // at most 1000 rows (12,000 parameters) per statement; PostgreSQL allows 65,535 parameters
    for (let from = 0; from < events.length; from += 1000) await this.insertEvents(client, events.slice(from, from + 1000));
    await client.query(
      `INSERT INTO audit_head (id, seq, hash) VALUES (1, $1, $2)
       ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash`,
      [previous!.seq, previous!.hash],
    );
    return events;
  }

  private async insertEvents(client: PoolClient, events: readonly AuditEvent[]): Promise<void> {
    const columns = AUDIT_INSERT_COLUMN_COUNT;
    const values = events.flatMap(auditInsertValues);
    const rows = events.map((_, r) => `(${Array.from({ length: columns }, (_, c) => `$${r * columns + c + 1}`).join(', ')})`);
    await client.query(`INSERT INTO audit_events (${AUDIT_INSERT_COLUMNS}) VALUES ${rows.join(', ')}`, values);
  }

  private async insert(client: Pool | PoolClient, doc: NewDocument): Promise<InsertResult> {
    const id = randomUUID();
    const inserted = await client.query(
      `INSERT INTO documents (${DOCUMENT_INSERT_COLUMNS})
       VALUES (${Array.from({ length: DOCUMENT_INSERT_COLUMN_COUNT }, (_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT (owner_uid, type, number, sha256) DO NOTHING`,
      documentInsertValues(id, doc, Date.now()),
    );
    if ((inserted.rowCount ?? 0) === 1) {
      if (doc.readByOwner) {
        await client.query(
          'INSERT INTO document_reads (document_id, user_uid, read_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
          [id, doc.ownerUid, Date.now()],
        );
      }
      return { inserted: true, id };
    }
    const { rows } = await client.query<{ id: string }>(
      'SELECT id FROM documents WHERE owner_uid = $1 AND type = $2 AND number = $3 AND sha256 = $4',
      [doc.ownerUid, doc.type, doc.number, doc.sha256],
    );
    return { inserted: false, id: rows[0].id };
  }

  private async transaction<T>(work: (client: PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    const client = await this.pool.connect();
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
}
