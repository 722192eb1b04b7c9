import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { TransferProgress } from './document-transfer.service';
import { ViewTransferTracker } from './view-transfer-tracker';

@Component({
  template: `<span>{{ transfers.progress('d-1')?.percent || 'idle' }}</span>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ViewTransferTracker],
})
class OnPushHostComponent {
  constructor(readonly transfers: ViewTransferTracker) {}
}

describe('ViewTransferTracker', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ declarations: [OnPushHostComponent] });
  });

  it('re-renders its OnPush component as the transfer progresses', () => {
    const fixture = TestBed.createComponent(OnPushHostComponent);
    fixture.detectChanges();
    const text = () => (fixture.nativeElement as HTMLElement).textContent?.trim();
    expect(text()).toBe('idle');

    const progress$ = new Subject<TransferProgress>();
    fixture.componentInstance.transfers.start('d-1', () => progress$);
    progress$.next({ percent: 40 });
    fixture.detectChanges();
    expect(text()).toBe('40');

    progress$.complete();
    fixture.detectChanges();
    expect(text()).toBe('idle');
  });

  it('stops running transfers when its component is destroyed', () => {
    const fixture = TestBed.createComponent(OnPushHostComponent);
    const progress$ = new Subject<TransferProgress>();
    fixture.componentInstance.transfers.start('d-1', () => progress$);
    expect(progress$.observers.length).toBe(1);
    fixture.destroy();
    expect(progress$.observers.length).toBe(0);
  });
});
