import { ChangeDetectorRef, Injectable, OnDestroy } from '@angular/core';
import { TransferTracker } from './transfer-tracker';

/**
 * The downloads of one OnPush component: provided in the component's
 * `providers`, it marks the component for check on every change and stops
 * its transfers when the component is destroyed.
 */
@Injectable()
export class ViewTransferTracker extends TransferTracker implements OnDestroy {
  constructor(cd: ChangeDetectorRef) {
    super(() => cd.markForCheck());
  }

  ngOnDestroy(): void {
    this.destroy();
  }
}
