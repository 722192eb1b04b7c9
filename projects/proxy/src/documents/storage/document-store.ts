import type { BillingBalance } from '../billing/billing';
import type { DocumentPage, DocumentQuery, DocumentSummary, NewDocument, ShopperDocument } from '../model';

export interface InsertResult {
  /** false when a document with the same owner, type, number and sha256 already existed */
  inserted: boolean;
  id: string;
}

/**
 * The document index and per-user read state. Promise-based so that other
 * implementations (PostgreSQL) can sit behind the same interface.
 */
export interface DocumentStore {
  /** Inserts unless a document with the same ownerUid + type + number + sha256 exists. */
  insertIfAbsent(document: NewDocument): Promise<InsertResult>;
  /** The document with that id if `ownerUid` owns it, else undefined. */
  findForOwner(ownerUid: string, id: string): Promise<ShopperDocument | undefined>;
  /** Those of the ids that name documents `ownerUid` owns, in no particular order. */
  findManyForOwner(ownerUid: string, ids: readonly string[]): Promise<ShopperDocument[]>;
  /** The number and bytes of the owner's documents matching the query's filters (paging and sort ignored). */
  summarizeForOwner(ownerUid: string, query: DocumentQuery): Promise<DocumentSummary>;
  /** Filtered, sorted page of the owner's documents plus facet counts, and the revision they were read at. */
  queryForOwner(ownerUid: string, query: DocumentQuery): Promise<DocumentPage>;
  /**
   * Each owner's list revision, in one query: a value that changes with every committed write to
   * the owner's documents or read state, by any writer. The database maintains it (triggers of
   * migration 6 on `documents` and `document_reads`), so no write path can forget it; a table whose
   * rows change what a list shows must get the same trigger. An owner who has never had a document
   * is absent from the answer.
   */
  listRevisions(ownerUids: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /** Per currency, the owner's open balance on `today` (YYYY-MM-DD) and how much of it is how far past due. */
  billingBalances(ownerUid: string, today: string): Promise<BillingBalance[]>;
  /** Marks the owner's document read; false when no such document. */
  markRead(ownerUid: string, id: string): Promise<boolean>;
  /**
   * The owner key of the document with that id, else undefined. Only for checking a signed
   * link, whose signature names the user; never to decide access on its own.
   */
  ownerOf(id: string): Promise<string | undefined>;
  /** Those of the SHA-256s that some document names (its bytes), for the clean-up of unreferenced content. */
  referencedContent(sha256s: readonly string[]): Promise<Set<string>>;
  /** Resolves when the store can answer queries. */
  ping(): Promise<void>;
  /** Releases connections and files; connections still busy after `timeoutMs` are cut. */
  close(timeoutMs?: number): Promise<void>;
}
