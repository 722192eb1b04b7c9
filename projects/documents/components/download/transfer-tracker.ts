import { Observable, Subscription } from 'rxjs';
import { finalize } from 'rxjs/operators';
import { TransferProgress } from './document-transfer.service';

/**
 * Remembers which downloads of a component are running and how far they are,
 * keyed by document id (or any other key). `changed` is called after every
 * change, e.g. to mark an OnPush component for check.
 */
export class TransferTracker {
  protected readonly running = new Map<string, TransferProgress>();
  protected readonly subscriptions = new Subscription();

  constructor(protected changed: () => void) {}

  isRunning(key: string): boolean {
    return this.running.has(key);
  }

  progress(key: string): TransferProgress | undefined {
    return this.running.get(key);
  }

  /** Starts the transfer (created on demand) unless one with the same key is running. */
  start(key: string, transfer: () => Observable<TransferProgress>): void {
    if (this.running.has(key)) {
      return;
    }
    this.running.set(key, {});
    this.changed();
    this.subscriptions.add(
      transfer()
        .pipe(
          finalize(() => {
            this.running.delete(key);
            this.changed();
          })
        )
        .subscribe((progress) => {
          this.running.set(key, progress);
          this.changed();
        })
    );
  }

  destroy(): void {
    this.subscriptions.unsubscribe();
  }
}
