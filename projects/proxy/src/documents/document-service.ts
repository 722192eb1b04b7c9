import type { Readable } from 'node:stream';
import { NotFoundError } from '../errors';
import type { BillingBalance } from './billing/billing';
import type { AuditStore } from './storage/audit-store';
import type { ContentRange, ContentStore, DirectContentLinks } from './storage/content-store';
import type { DocumentStore } from './storage/document-store';
import { ListRevisionReader } from './list-revision-reader';
import type { DocumentPage, DocumentQuery, DocumentSummary, Shopper, ShopperDocument } from './model';
import { actorOf, ownerKey } from './owner';

export interface DocumentContent {
  document: ShopperDocument;
  stream: Readable;
  size: number;
}

/** Page size used when collecting all of an order's documents. */
const ORDER_PAGE_SIZE = 100;
/** An order with more documents than this is not a shopper's order any more; stop there. */
const MAX_ORDER_DOCUMENTS = 1000;

/**
 * Who may see what: a shopper sees only the documents they own; a B2B unit's reader (unit-access.ts)
 * only the unit's.
 */
export class DocumentService {
  private readonly revisions: ListRevisionReader;

  constructor(
    private readonly store: DocumentStore,
    private readonly content: ContentStore,
    /** every view (metadata) and download (content) is recorded here when given */
    private readonly audit?: AuditStore,
    /** when given, signed links are answered with a direct URL of the stored bytes instead of the bytes */
    private readonly directLinks?: DirectContentLinks,
  ) {
    this.revisions = new ListRevisionReader(store);
  }

  list(shopper: Shopper, query: DocumentQuery): Promise<DocumentPage> {
    return this.store.queryForOwner(ownerKey(shopper.uid), query);
  }

  /** Those of the ids that name the shopper's documents (no audit event: the caller records what it serves). */
  findMany(shopper: Shopper, ids: readonly string[]): Promise<ShopperDocument[]> {
    return this.store.findManyForOwner(ownerKey(shopper.uid), ids);
  }

  /** How many of the shopper's documents match the query's filters, and their bytes. */
  summarize(shopper: Shopper, query: DocumentQuery): Promise<DocumentSummary> {
    return this.store.summarizeForOwner(ownerKey(shopper.uid), query);
  }

  /**
   * The shopper's documents matching the query, in its order, page by page (no totals or facets
   * computed), at most `maxRows` of them: for exports and archives that stream a whole result.
   */
  async *pages(shopper: Shopper, query: DocumentQuery, maxRows: number, pageSize = 500): AsyncGenerator<ShopperDocument[]> {
    let left = maxRows;
    for (let currentPage = 0; left > 0; currentPage++) {
      const page = await this.list(shopper, { ...query, currentPage, pageSize, withoutCounts: true });
      const documents = page.documents.slice(0, left);
      if (documents.length > 0) yield documents;
      left -= documents.length;
      if (page.documents.length < pageSize) return;
    }
  }

  /** Per currency, the open balance of the reader's billing documents on `today` and how far past due. */
  billingBalances(reader: Shopper, today: string): Promise<BillingBalance[]> {
    return this.store.billingBalances(ownerKey(reader.uid), today);
  }

  /** Changes with every write to the shopper's documents or read state (see DocumentStore.listRevisions). */
  listRevision(shopper: Shopper): Promise<string> {
    return this.revisions.read(ownerKey(shopper.uid));
  }

  /** Unknown ids and other shoppers' ids give the same NotFoundError. */
  async get(shopper: Shopper, documentId: string, requestId?: string): Promise<ShopperDocument> {
    const document = await this.find(shopper, documentId);
    await this.record('VIEW', shopper, document, requestId);
    return document;
  }

  async openContent(shopper: Shopper, documentId: string, requestId?: string): Promise<DocumentContent> {
    const document = await this.find(shopper, documentId);
    const { stream, size } = await this.openBytes(shopper, document, { requestId });
    return { document, stream, size };
  }

  /**
   * The shopper's document without an audit event, for callers that record what they then serve
   * (content requests: a download when bytes are sent, a view otherwise). Same NotFoundError as `get`.
   */
  locate(shopper: Shopper, documentId: string): Promise<ShopperDocument> {
    return this.find(shopper, documentId);
  }

  /** Records a view of a document the caller obtained through `locate` (e.g. HEAD or 304 on its content). */
  recordView(shopper: Shopper, document: ShopperDocument, requestId?: string): Promise<void> {
    return this.record('VIEW', shopper, document, requestId);
  }

  /**
   * Opens the bytes (or a range) of a document the caller obtained through `locate` or `get`, and
   * records the download; no stream is handed out when the audit event could not be written.
   */
  async openBytes(
    shopper: Shopper,
    document: ShopperDocument,
    options: { range?: ContentRange; requestId?: string } = {},
  ): Promise<{ stream: Readable; size: number }> {
    const opened = await this.content.open(document.sha256, options.range);
    try {
      await this.record('DOWNLOAD', shopper, document, options.requestId);
    } catch (error) {
      opened.stream.destroy();
      throw error;
    }
    return opened;
  }

  /**
   * A short-lived URL that serves the bytes of a document the caller obtained through `locate`
   * without the proxy, recorded as a download; undefined when the proxy serves the bytes itself.
   */
  async directLink(
    shopper: Shopper,
    document: ShopperDocument,
    response: { contentDisposition: string; contentType: string },
    requestId?: string,
  ): Promise<string | undefined> {
    if (!this.directLinks) return undefined;
    const { url } = await this.directLinks.directUrl(document.sha256, response);
    await this.record('DOWNLOAD', shopper, document, requestId);
    return url;
  }

  private async find(shopper: Shopper, documentId: string): Promise<ShopperDocument> {
    const document = await this.store.findForOwner(ownerKey(shopper.uid), documentId);
    if (!document) throw new NotFoundError(`Document with id '${documentId}' not found`);
    return document;
  }

  private async record(action: 'VIEW' | 'DOWNLOAD', shopper: Shopper, document: ShopperDocument, requestId?: string): Promise<void> {
    if (!this.audit) return;
    const owner = ownerKey(shopper.uid);
    await this.audit.appendAudit({
      action,
      actor: actorOf(shopper),
      ownerUid: owner,
      documentId: document.id,
      documentSha256: document.sha256,
      requestId,
    });
  }

  /**
   * Marks the document read and answers its metadata (recorded as a view). An agent opening a
   * customer's document leaves it unread: the customer has not seen it yet.
   */
  async markRead(shopper: Shopper, documentId: string, requestId?: string): Promise<ShopperDocument> {
    if (shopper.assistedBy) return this.get(shopper, documentId, requestId);
    const marked = await this.store.markRead(ownerKey(shopper.uid), documentId);
    if (!marked) throw new NotFoundError(`Document with id '${documentId}' not found`);
    return this.get(shopper, documentId, requestId);
  }

  /** All of the shopper's documents of one order, oldest first. */
  async listForOrder(shopper: Shopper, orderCode: string): Promise<ShopperDocument[]> {
    const documents: ShopperDocument[] = [];
    for (let currentPage = 0; documents.length < MAX_ORDER_DOCUMENTS; currentPage++) {
      const page = await this.list(shopper, {
        types: [],
        orderCode,
        currentPage,
        pageSize: ORDER_PAGE_SIZE,
        sort: 'byDateAsc',
      });
      documents.push(...page.documents);
      if (page.documents.length < ORDER_PAGE_SIZE || documents.length >= page.totalResults) break;
    }
    return documents.slice(0, MAX_ORDER_DOCUMENTS);
  }

  /** The owner key of a document, for checking a signed link's signature (which names the user). */
  ownerKeyOf(documentId: string): Promise<string | undefined> {
    return this.store.ownerOf(documentId);
  }
}
