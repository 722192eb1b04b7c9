import { Subject } from 'rxjs';
import { TransferProgress } from './document-transfer.service';
import { TransferTracker } from './transfer-tracker';

describe('TransferTracker', () => {
  it('tracks a transfer from start to end and notifies each change', () => {
    const changed = jasmine.createSpy('changed');
    const tracker = new TransferTracker(changed);
    const transfer = new Subject<TransferProgress>();
    tracker.start('a', () => transfer);
    expect(tracker.isRunning('a')).toBe(true);
    expect(tracker.progress('a')).toEqual({});
    transfer.next({ percent: 30 });
    expect(tracker.progress('a')).toEqual({ percent: 30 });
    transfer.complete();
    expect(tracker.isRunning('a')).toBe(false);
    expect(changed).toHaveBeenCalledTimes(3);
  });

  it('stays indeterminate (no percent) when no progress events come, e.g. with a fetch backend', () => {
    const tracker = new TransferTracker(() => undefined);
    const transfer = new Subject<TransferProgress>();
    tracker.start('a', () => transfer);
    expect(tracker.progress('a')).toEqual({});
    expect(tracker.progress('a')?.percent).toBeUndefined();
    // the download ends without a single progress event: nothing is left running
    transfer.complete();
    expect(tracker.isRunning('a')).toBe(false);
    expect(tracker.progress('a')).toBeUndefined();
  });

  it('does not start a second transfer with the same key', () => {
    const tracker = new TransferTracker(() => undefined);
    const factory = jasmine.createSpy('factory').and.returnValue(new Subject());
    tracker.start('a', factory);
    tracker.start('a', factory);
    expect(factory).toHaveBeenCalledTimes(1);
  });

  it('stops all transfers when destroyed', () => {
    const tracker = new TransferTracker(() => undefined);
    const transfer = new Subject<TransferProgress>();
    tracker.start('a', () => transfer);
    tracker.destroy();
    expect(transfer.observers.length).toBe(0);
  });
});
