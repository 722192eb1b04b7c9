import type { Readable } from 'node:stream';
import { NotFoundError } from '../errors';
import type { ContentRange, ContentStore } from '../store/content-store';
import type { DocumentStore } from '../store/document-store';
import type { DocumentPage, DocumentQuery, Shopper, ShopperDocument } from './model';
import { ownerKey } from './owner';

export interface DocumentContent {
  document: ShopperDocument;
  stream: Readable;
  size: number;
}

/** Page size used when collecting all of an order's documents. */
const ORDER_PAGE_SIZE = 100;
/** An order with more documents than this is not a shopper's order any more; stop there. */
const MAX_ORDER_DOCUMENTS = 1000;

/** Who may see what: a shopper sees only the documents they own. */
export class DocumentService {
  constructor(
    private readonly store: DocumentStore,
    private readonly content: ContentStore,
  ) {}

  list(shopper: Shopper, query: DocumentQuery): Promise<DocumentPage> {
    return this.store.queryForOwner(ownerKey(shopper.uid), query);
  }

  /** Unknown ids and other shoppers' ids give the same NotFoundError. */
  async get(shopper: Shopper, documentId: string): Promise<ShopperDocument> {
    const document = await this.store.findForOwner(ownerKey(shopper.uid), documentId);
    if (!document) throw new NotFoundError(`Document with id '${documentId}' not found`);
    return document;
  }

  async openContent(shopper: Shopper, documentId: string): Promise<DocumentContent> {
    const document = await this.get(shopper, documentId);
    const { stream, size } = await this.content.open(document.sha256);
    return { document, stream, size };
  }

  /** Opens the bytes (or a range) of a document the caller already obtained through `get`. */
  openBytes(document: ShopperDocument, range?: ContentRange): Promise<{ stream: Readable; size: number }> {
    return this.content.open(document.sha256, range);
  }

  async markRead(shopper: Shopper, documentId: string): Promise<ShopperDocument> {
    const marked = await this.store.markRead(ownerKey(shopper.uid), documentId);
    if (!marked) throw new NotFoundError(`Document with id '${documentId}' not found`);
    return this.get(shopper, documentId);
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
