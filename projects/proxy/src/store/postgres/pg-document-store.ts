import { randomUUID } from 'node:crypto';
import type { BillingBalance } from '../../documents/billing/billing';
import { billingBalancesStatement, toBillingBalance } from '../billing-balances';
import type { Pool, PoolClient } from 'pg';
import type { AuditEvent, AuditEventDraft } from '../../documents/audit/audit-event';
import type { DocumentPage, DocumentQuery, DocumentSummary, NewDocument, ShopperDocument } from '../../documents/model';
import type { AuditQuery, DocumentWithAudit } from '../../documents/storage/audit-store';
import type { InsertResult } from '../../documents/storage/document-store';
import type { ClaimOutcome } from '../../documents/storage/generation-claims';
import type { ProxyStore } from '../../documents/storage/proxy-store';
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
import { BoundParameters, countersAnswer, documentListConditions, pageOffset, POSTGRES_LIST_FILTERS } from '../document-list-filters';
import { periodCountersAnswer, periodTypeCountsSql } from '../period-counters';
import { migratePg, quoteIdent } from './migrations';
import { appendInTransaction, appendManyInTransaction, auditHead, listAudit } from './pg-audit';
import { claimGeneration, completeGeneration, releaseGeneration } from './pg-generation-claims';
import { closePool, inTransaction, openPool } from './pg-pool';
import { PgDeliveryEvents } from './pg-delivery-events';
import { PgPaymentEvents } from './pg-payment-events';
import { PgPreferences } from './pg-preferences';

export interface PgStoreOptions {
  /** schema holding the tables (created if missing); default `public` */
  schema?: string;
  /** connections per instance */
  poolSize?: number;
  /** statement_timeout of every pooled connection, in ms (0 or absent: none) */
  statementTimeoutMs?: number;
}


/**
 * The scale-out store: PostgreSQL through a connection pool. Holds no state of its own, so any
 * number of proxy instances can share one database.
 */
export class PgDocumentStore implements ProxyStore {
  readonly preferences: PgPreferences;
  readonly deliveryEvents: PgDeliveryEvents;
  readonly paymentEvents: PgPaymentEvents;

  private constructor(
    private readonly pool: Pool,
    private readonly schema: string,
  ) {
    this.preferences = new PgPreferences(pool, schema, (work) => this.transaction(work));
    this.deliveryEvents = new PgDeliveryEvents(
      (work) => this.transaction(work),
      (client, draft) => appendInTransaction(client, schema, draft),
    );
    this.paymentEvents = new PgPaymentEvents(
      (work) => this.transaction(work),
      (client, draft) => appendInTransaction(client, schema, draft),
    );
  }

  /** Connects, creates the schema if needed and applies pending migrations (under an advisory lock). */
  static async open(databaseUrl: string, options: PgStoreOptions = {}): Promise<PgDocumentStore> {
    const schema = options.schema ?? 'public';
    quoteIdent(schema);
    const pool = openPool(databaseUrl, schema, options.poolSize ?? 10, { statementTimeoutMs: options.statementTimeoutMs });
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
      await appendManyInTransaction(client, this.schema, drafts);
      return results;
    });
  }

  async findForOwner(ownerUid: string, id: string): Promise<ShopperDocument | undefined> {
    const { rows } = await this.pool.query<DocumentRow>(
      `SELECT ${DOCUMENT_SELECT_COLUMNS} FROM documents d WHERE d.id = $2 AND d.owner_uid = $1`,
      [ownerUid, id],
    );
    return rows[0] ? toShopperDocument(rows[0]) : undefined;
  }

  async findManyForOwner(ownerUid: string, ids: readonly string[]): Promise<ShopperDocument[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.pool.query<DocumentRow>(
      `SELECT ${DOCUMENT_SELECT_COLUMNS} FROM documents d WHERE d.owner_uid = $1 AND d.id = ANY($2::text[])`,
      [ownerUid, ids],
    );
    return rows.map(toShopperDocument);
  }

  async summarizeForOwner(ownerUid: string, query: DocumentQuery): Promise<DocumentSummary> {
    const params = new BoundParameters(POSTGRES_LIST_FILTERS);
    const sql =
      countersAnswer(query) && query.unread === undefined
        ? `SELECT COALESCE(SUM(total), 0) AS count, COALESCE(SUM(total_bytes), 0) AS bytes FROM owner_type_counts
           WHERE owner_uid = ${params.bind(ownerUid)}${query.types.length > 0 ? ` AND ${POSTGRES_LIST_FILTERS.oneOf('type', query.types, params.bind)}` : ''}`
        : `SELECT COUNT(*) AS count, COALESCE(SUM(d.size), 0) AS bytes FROM documents d
           WHERE ${documentListConditions(ownerUid, query, params, POSTGRES_LIST_FILTERS)}`;
    const { rows } = await this.pool.query<{ count: string; bytes: string }>(sql, params.values);
    return { count: Number(rows[0].count), totalBytes: Number(rows[0].bytes) };
  }

  /**
   * One statement, so one round trip and one snapshot: the revision, the page (as JSON rows, in
   * order; its ids chosen first, from the index where it covers the filters) and the per-type counts
   * the total and facets come from (the owner's counters when only type, unread and date filters are set).
   */
  async queryForOwner(ownerUid: string, query: DocumentQuery): Promise<DocumentPage> {
    // `$1` is the owner of owner_revisions.
    const params = new BoundParameters(POSTGRES_LIST_FILTERS, [ownerUid]);
    const bind = params.bind;
    const all = documentListConditions(ownerUid, query, params, POSTGRES_LIST_FILTERS);
    let counts = `'[]'::json`;
    if (query.withoutCounts) {
      // only the page
    } else if (countersAnswer(query)) {
      counts = `(SELECT COALESCE(json_agg(c), '[]'::json) FROM (
            SELECT type AS "code", total AS "total", read_count AS "readCount" FROM owner_type_counts WHERE owner_uid = $1 AND total > 0
          ) c)`;
    } else if (periodCountersAnswer(query)) {
      counts = `(SELECT COALESCE(json_agg(c), '[]'::json) FROM (${periodTypeCountsSql(ownerUid, query, params)}) c)`;
    } else {
      const others = documentListConditions(ownerUid, query, params, POSTGRES_LIST_FILTERS, { ignoreTypes: true, ignoreUnread: true, ignorePosition: true });
      counts = `(SELECT COALESCE(json_agg(c), '[]'::json) FROM (
            SELECT d.type AS "code", COUNT(*) AS "total", SUM(d.owner_read) AS "readCount" FROM documents d WHERE ${others} GROUP BY d.type
          ) c)`;
    }
    const order = ORDER_BY[query.sort];
    const { rows } = await this.pool.query<{ revision: string | null; documents: DocumentRow[]; counts: TypeCount[] }>(
      `SELECT
         (SELECT revision::text FROM owner_revisions WHERE owner_uid = $1) AS revision,
         (SELECT COALESCE(json_agg(row_to_json(d) ORDER BY ${order}), '[]'::json) FROM (
            SELECT ${DOCUMENT_SELECT_COLUMNS} FROM documents d WHERE d.id IN (
              SELECT d.id FROM documents d WHERE ${all}
              ORDER BY ${order} LIMIT ${bind(query.pageSize)} OFFSET ${bind(pageOffset(query))})
          ) d) AS documents,
         ${counts} AS counts`,
      params.values,
    );
    const { revision, documents } = rows[0];
    const page = documents.map(toShopperDocument);
    if (query.withoutCounts) return { documents: page, totalResults: 0, typeCounts: [], unreadCount: 0, revision: revision ?? '' };
    return { documents: page, ...facetsFromTypeCounts(query, rows[0].counts), revision: revision ?? '' };
  }

  async listRevisions(ownerUids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const { rows } = await this.pool.query<{ owner_uid: string; revision: string }>(
      'SELECT owner_uid, revision::text AS revision FROM owner_revisions WHERE owner_uid = ANY($1::text[])',
      [ownerUids],
    );
    return new Map(rows.map((row) => [row.owner_uid, row.revision]));
  }

  async billingBalances(ownerUid: string, today: string): Promise<BillingBalance[]> {
    const { sql, values } = billingBalancesStatement(POSTGRES_LIST_FILTERS, ownerUid, today);
    const { rows } = await this.pool.query<Parameters<typeof toBillingBalance>[0]>(sql, values);
    return rows.map(toBillingBalance);
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
    return this.transaction((client) => appendInTransaction(client, this.schema, draft));
  }

  listAudit(query: AuditQuery): Promise<AuditEvent[]> {
    return listAudit(this.pool, query);
  }

  auditHead(): Promise<{ seq: number; hash: string } | undefined> {
    return auditHead(this.pool);
  }

  claimGeneration(reference: string, claimant: string, leaseMs: number): Promise<ClaimOutcome> {
    return claimGeneration(this.pool, reference, claimant, leaseMs);
  }

  completeGeneration(reference: string, claimant: string, documentId: string): Promise<void> {
    return completeGeneration(this.pool, reference, claimant, documentId);
  }

  releaseGeneration(reference: string, claimant: string): Promise<void> {
    return releaseGeneration(this.pool, reference, claimant);
  }

  async referencedContent(sha256s: readonly string[]): Promise<Set<string>> {
    const { rows } = await this.pool.query<{ sha256: string }>('SELECT DISTINCT sha256 FROM documents WHERE sha256 = ANY($1::text[])', [sha256s]);
    return new Set(rows.map((r) => r.sha256));
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  /** Releases the pool; connections still busy after `timeoutMs` are cut (see closePool). */
  close(timeoutMs = 5_000): Promise<void> {
    return closePool(this.pool, timeoutMs);
  }

  /** Drops the store's schema with everything in it (tests use one schema per run). */
  async dropSchema(): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${quoteIdent(this.schema)} CASCADE`);
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

  private transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, work);
  }
}
