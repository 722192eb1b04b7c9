import type { DocumentStore } from './storage/document-store';

/**
 * Reads list revisions for every request that asks in one turn of the event loop with a single
 * store query. The query runs after that turn's I/O (setImmediate), so after every one of those
 * requests arrived: the revision each gets is as fresh as a query of its own would have been.
 * Under load (many list requests a turn) this saves a query per request; alone, a request waits
 * only for the end of the turn.
 */
export class ListRevisionReader {
  private batch?: { owners: Set<string>; revisions: Promise<ReadonlyMap<string, string>> };

  constructor(private readonly store: Pick<DocumentStore, 'listRevisions'>) {}

  /** The owner's list revision; empty when the owner has never had a document. */
  read(ownerUid: string): Promise<string> {
    const batch = this.batch ?? this.openBatch();
    batch.owners.add(ownerUid);
    return batch.revisions.then((revisions) => revisions.get(ownerUid) ?? '');
  }

  private openBatch(): NonNullable<ListRevisionReader['batch']> {
    const owners = new Set<string>();
    const revisions = new Promise<ReadonlyMap<string, string>>((resolve, reject) => {
      setImmediate(() => {
        this.batch = undefined;
        this.store.listRevisions([...owners]).then(resolve, reject);
      });
    });
    this.batch = { owners, revisions };
    return this.batch;
  }
}
