import type { Readable } from 'node:stream';
import { NotFoundError } from '../errors';
import type { AuditStore } from '../store/audit-store';
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
    /** every view (metadata) and download (content) is recorded here when given */
    private readonly audit?: AuditStore,
  ) {}

  list(shopper: Shopper, query: DocumentQuery): Promise<DocumentPage> {
    return this.store.queryForOwner(ownerKey(shopper.uid), query);
  }

  /** Unknown ids and other shoppers' ids give the same NotFoundError. */
  async get(shopper: Shopper, documentId: string, requestId?: string): Promise<ShopperDocument> {
    const document = await this.find(shopper, documentId);
    await this.record('VIEW', shopper, document, requestId);
    return document;
  }

  async openContent(shopper: Shopper, documentId: string, requestId?: string): Promise<DocumentContent> {
    const document = await this.find(shopper, documentId);
    const { stream, size } = await this.content.open(document.sha256);
    try {
      await this.record('DOWNLOAD', shopper, document, requestId);
    } catch (error) {
      stream.destroy();
      throw error;
    }
    return { document, stream, size };
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
      actor: `shopper:${owner}`,
      ownerUid: owner,
      documentId: document.id,
      documentSha256: document.sha256,
      requestId,
    });
  }
}
