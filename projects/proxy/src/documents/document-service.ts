import type { Readable } from 'node:stream';
import { NotFoundError } from '../errors';
import type { ContentStore } from '../store/content-store';
import type { DocumentStore } from '../store/document-store';
import type { DocumentPage, DocumentQuery, Shopper, ShopperDocument } from './model';
import { ownerKey } from './owner';

export interface DocumentContent {
  document: ShopperDocument;
  stream: Readable;
  size: number;
}

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
}
