import { randomUUID } from 'node:crypto';
import type { BillingBalance } from '../../documents/billing/billing';
import { billingBalancesStatement, toBillingBalance } from '../billing-balances';
import * as fs from 'node:fs';
import * as path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database, Statement } from 'better-sqlite3';
import type { DocumentPage, DocumentQuery, DocumentSummary, NewDocument, ShopperDocument } from '../../documents/model';
import type { AuditEvent, AuditEventDraft } from '../../documents/audit/audit-event';
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
import { BoundParameters, countersAnswer, documentListConditions, pageOffset, SQLITE_LIST_FILTERS } from '../document-list-filters';
import { periodCountersAnswer, periodTypeCountsSql } from '../period-counters';
import { DEFAULT_SQLITE_CACHE_MB } from '../store-config';
import { migrate } from './migrations';
import { SqliteDeliveryEvents } from './sqlite-delivery-events';
import { SqlitePaymentEvents } from './sqlite-payment-events';
import { SqlitePreferences } from './sqlite-preferences';
import { appendInTransaction, appendManyInTransaction, auditHead, listAudit } from './sqlite-audit';




const REVISION = 'SELECT CAST(revision AS TEXT) FROM owner_revisions WHERE owner_uid = ?';
const REVISION_ROWS_OF_MANY =
  'SELECT owner_uid AS ownerUid, CAST(revision AS TEXT) AS revision FROM owner_revisions WHERE owner_uid IN (SELECT value FROM json_each(?))';

interface RevisionRow {
  ownerUid: string;
  revision: string;
}

const MAX_CACHED_STATEMENTS = 256;

export interface SqliteOpenOptions {
  /** page cache in MiB; default DEFAULT_SQLITE_CACHE_MB */
  cacheMb?: number;
}

/** The embedded default store: better-sqlite3 in WAL mode. */
export class SqliteDocumentStore implements ProxyStore {
  private readonly db: Database;
  /** Compiled statements by SQL text: compiling costs more than running these small queries. */
  private readonly statements = new Map<string, Statement>();
  /** Statements answering arrays (`raw`), with their column names: building rows in JS costs far less than better-sqlite3's objects. */
  private readonly rawStatements = new Map<string, { statement: Statement; columns: string[] }>();

  readonly preferences: SqlitePreferences;
  readonly deliveryEvents: SqliteDeliveryEvents;
  readonly paymentEvents: SqlitePaymentEvents;

  private constructor(db: Database) {
    this.db = db;
    this.preferences = new SqlitePreferences(db);
    this.deliveryEvents = new SqliteDeliveryEvents(db);
    this.paymentEvents = new SqlitePaymentEvents(db);
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      // The SQL texts are a small fixed set (filters only vary the number of placeholders); bound it anyway.
      if (this.statements.size >= MAX_CACHED_STATEMENTS) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private rows<T>(sql: string, params: unknown[]): T[] {
    let cached = this.rawStatements.get(sql);
    if (!cached) {
      if (this.rawStatements.size >= MAX_CACHED_STATEMENTS) this.rawStatements.clear();
      const statement = this.db.prepare(sql).raw(true);
      cached = { statement, columns: statement.columns().map((column) => column.name) };
      this.rawStatements.set(sql, cached);
    }
    const { statement, columns } = cached;
    return (statement.all(...params) as unknown[][]).map((values) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < columns.length; i++) row[columns[i]] = values[i];
      return row as T;
    });
  }

  /** Opens (creating if needed) the database file and applies pending migrations. */
  static open(databasePath: string, options: SqliteOpenOptions = {}): SqliteDocumentStore {
    if (databasePath !== ':memory:') fs.mkdirSync(path.dirname(databasePath), { recursive: true });
    const db = new BetterSqlite3(databasePath);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // negative: a size in KiB rather than in pages
    db.pragma(`cache_size = ${-Math.round((options.cacheMb ?? DEFAULT_SQLITE_CACHE_MB) * 1024)}`);
    migrate(db);
    return new SqliteDocumentStore(db);
  }

  async insertIfAbsent(doc: NewDocument): Promise<InsertResult> {
    return this.db.transaction(() => this.insertSync(doc)).immediate();
  }

  async insertWithAudit(doc: NewDocument, draft: Omit<AuditEventDraft, 'documentId' | 'documentSha256'>): Promise<InsertResult> {
    return (await this.insertManyWithAudit([{ document: doc, draft }]))[0];
  }

  async insertManyWithAudit(items: readonly DocumentWithAudit[]): Promise<InsertResult[]> {
    return this.db
      .transaction(() => {
        const results = items.map((item) => this.insertSync(item.document));
        const drafts = items.flatMap((item, i) =>
          results[i].inserted ? [{ ...item.draft, documentId: results[i].id, documentSha256: item.document.sha256 }] : [],
        );
        appendManyInTransaction(this.db, drafts);
        return results;
      })
      .immediate();
  }

  async appendAudit(draft: AuditEventDraft): Promise<AuditEvent> {
    return this.db.transaction(() => appendInTransaction(this.db, draft)).immediate();
  }

  async listAudit(query: AuditQuery): Promise<AuditEvent[]> {
    return listAudit(this.db, query);
  }

  async auditHead(): Promise<{ seq: number; hash: string } | undefined> {
    return auditHead(this.db);
  }

  async claimGeneration(reference: string, claimant: string, leaseMs: number): Promise<ClaimOutcome> {
    return this.db
      .transaction((): ClaimOutcome => {
        const now = Date.now();
        const row = this.db
          .prepare('SELECT claimant, expires_at, document_id FROM generation_claims WHERE reference = ?')
          .get(reference) as { claimant: string; expires_at: number; document_id: string | null } | undefined;
        if (row?.document_id) return { state: 'done', documentId: row.document_id };
        if (row && row.expires_at > now) return { state: 'busy' };
        this.db
          .prepare(
            `INSERT INTO generation_claims (reference, claimant, expires_at) VALUES (?, ?, ?)
             ON CONFLICT (reference) DO UPDATE SET claimant = excluded.claimant, expires_at = excluded.expires_at`,
          )
          .run(reference, claimant, now + leaseMs);
        return { state: 'claimed' };
      })
      .immediate();
  }

  async completeGeneration(reference: string, claimant: string, documentId: string): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO generation_claims (reference, claimant, expires_at, document_id) VALUES (?, ?, ?, ?)
         ON CONFLICT (reference) DO UPDATE SET document_id = excluded.document_id, claimant = excluded.claimant`,
      )
      .run(reference, claimant, Date.now(), documentId);
  }

  async releaseGeneration(reference: string, claimant: string): Promise<void> {
    this.db
      .prepare('DELETE FROM generation_claims WHERE reference = ? AND claimant = ? AND document_id IS NULL')
      .run(reference, claimant);
  }

  private insertSync(doc: NewDocument): InsertResult {
    const id = randomUUID();
    const result = this.statement(
        `INSERT INTO documents (${DOCUMENT_INSERT_COLUMNS})
         VALUES (${Array.from({ length: DOCUMENT_INSERT_COLUMN_COUNT }, () => '?').join(', ')})
         ON CONFLICT (owner_uid, type, number, sha256) DO NOTHING`,
      )
      .run(
        ...documentInsertValues(id, doc, Date.now()),
      );
    if (result.changes === 1) {
      if (doc.readByOwner) {
        this.statement('INSERT INTO document_reads (document_id, user_uid, read_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(
          id,
          doc.ownerUid,
          Date.now(),
        );
      }
      return { inserted: true, id };
    }
    const existing = this.statement('SELECT id FROM documents WHERE owner_uid = ? AND type = ? AND number = ? AND sha256 = ?')
      .get(doc.ownerUid, doc.type, doc.number, doc.sha256) as { id: string };
    return { inserted: false, id: existing.id };
  }

  async findForOwner(ownerUid: string, id: string): Promise<ShopperDocument | undefined> {
    const row = this.statement(`SELECT ${DOCUMENT_SELECT_COLUMNS} FROM documents d WHERE d.id = ? AND d.owner_uid = ?`)
      .get(id, ownerUid) as DocumentRow | undefined;
    return row ? toShopperDocument(row) : undefined;
  }

  async findManyForOwner(ownerUid: string, ids: readonly string[]): Promise<ShopperDocument[]> {
    if (ids.length === 0) return [];
    return this.rows<DocumentRow>(
      `SELECT ${DOCUMENT_SELECT_COLUMNS} FROM documents d WHERE d.owner_uid = ? AND d.id IN (SELECT value FROM json_each(?))`,
      [ownerUid, JSON.stringify(ids)],
    ).map(toShopperDocument);
  }

  async summarizeForOwner(ownerUid: string, query: DocumentQuery): Promise<DocumentSummary> {
    const params = new BoundParameters(SQLITE_LIST_FILTERS);
    const [count, totalBytes] =
      countersAnswer(query) && query.unread === undefined
        ? (this.statement(
            `SELECT COALESCE(SUM(total), 0), COALESCE(SUM(total_bytes), 0) FROM owner_type_counts
             WHERE owner_uid = ${params.bind(ownerUid)}${query.types.length > 0 ? ` AND ${SQLITE_LIST_FILTERS.oneOf('type', query.types, params.bind)}` : ''}`,
          ).raw(true).get(...params.values) as number[])
        : (this.statement(
            `SELECT COUNT(*), COALESCE(SUM(d.size), 0) FROM documents d WHERE ${documentListConditions(ownerUid, query, params, SQLITE_LIST_FILTERS)}`,
          ).raw(true).get(...params.values) as number[]);
    return { count, totalBytes };
  }

  async queryForOwner(ownerUid: string, query: DocumentQuery): Promise<DocumentPage> {
    const read = this.db.transaction((): DocumentPage => {
      const revision = this.revisionSync(ownerUid);
      // The page's ids first, from the index alone where it covers the filters (a deep OFFSET then
      // skips index entries, not rows); the rows of those ids only.
      const pageParams = new BoundParameters(SQLITE_LIST_FILTERS);
      const all = documentListConditions(ownerUid, query, pageParams, SQLITE_LIST_FILTERS);
      const order = ORDER_BY[query.sort];
      const rows = this.rows<DocumentRow>(
        `WITH page AS (SELECT d.id FROM documents d WHERE ${all}
           ORDER BY ${order} LIMIT ${pageParams.bind(query.pageSize)} OFFSET ${pageParams.bind(pageOffset(query))})
         SELECT ${DOCUMENT_SELECT_COLUMNS} FROM page JOIN documents d ON d.id = page.id ORDER BY ${order}`,
        pageParams.values,
      );
      const documents = rows.map(toShopperDocument);
      if (query.withoutCounts) return { documents, totalResults: 0, typeCounts: [], unreadCount: 0, revision };
      return { documents, ...facetsFromTypeCounts(query, this.typeCountsSync(ownerUid, query)), revision };
    });
    return read();
  }

  /**
   * Per type: how many documents match the filters other than type and unread, and how many of those
   * are read. From the owner's counters when only those two filters are set (per period when a date
   * range is set too), else one pass over the matches.
   */
  private typeCountsSync(ownerUid: string, query: DocumentQuery): TypeCount[] {
    if (countersAnswer(query)) {
      return this.rows<TypeCount>(
        'SELECT type AS code, total, read_count AS readCount FROM owner_type_counts WHERE owner_uid = ? AND total > 0',
        [ownerUid],
      );
    }
    const params = new BoundParameters(SQLITE_LIST_FILTERS);
    if (periodCountersAnswer(query)) return this.rows<TypeCount>(periodTypeCountsSql(ownerUid, query, params), params.values);
    const others = documentListConditions(ownerUid, query, params, SQLITE_LIST_FILTERS, { ignoreTypes: true, ignoreUnread: true, ignorePosition: true });
    return this.rows<TypeCount>(
      `SELECT d.type AS code, COUNT(*) AS total, SUM(d.owner_read) AS readCount FROM documents d WHERE ${others} GROUP BY d.type`,
      params.values,
    );
  }

  async listRevisions(ownerUids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    if (ownerUids.length === 1) {
      const revision = this.revisionSync(ownerUids[0]);
      return new Map(revision ? [[ownerUids[0], revision]] : []);
    }
    const rows = this.rows<RevisionRow>(REVISION_ROWS_OF_MANY, [JSON.stringify(ownerUids)]);
    return new Map(rows.map((row) => [row.ownerUid, row.revision]));
  }

  private revisionSync(ownerUid: string): string {
    return (this.statement(REVISION).pluck(true).get(ownerUid) as string | undefined) ?? '';
  }

  async billingBalances(ownerUid: string, today: string): Promise<BillingBalance[]> {
    const { sql, values } = billingBalancesStatement(SQLITE_LIST_FILTERS, ownerUid, today);
    return this.rows<Parameters<typeof toBillingBalance>[0]>(sql, values).map(toBillingBalance);
  }

  async markRead(ownerUid: string, id: string): Promise<boolean> {
    const owned = this.statement('SELECT 1 FROM documents WHERE id = ? AND owner_uid = ?').get(id, ownerUid);
    if (!owned) return false;
    this.statement('INSERT INTO document_reads (document_id, user_uid, read_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
      .run(id, ownerUid, Date.now());
    return true;
  }

  // --- signed links ---
  async ownerOf(id: string): Promise<string | undefined> {
    const row = this.statement('SELECT owner_uid FROM documents WHERE id = ?').get(id) as { owner_uid: string } | undefined;
    return row?.owner_uid;
  }

  async referencedContent(sha256s: readonly string[]): Promise<Set<string>> {
    const rows = this.statement('SELECT DISTINCT sha256 FROM documents WHERE sha256 IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(sha256s)) as { sha256: string }[];
    return new Set(rows.map((r) => r.sha256));
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
