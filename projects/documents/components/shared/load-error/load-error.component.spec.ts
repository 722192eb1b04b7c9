import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { I18nTestingModule } from '@spartacus/core';
import { ExstreamLoadErrorComponent } from './load-error.component';

@Component({
  template: `<cx-exd-load-error
    message="exstreamDocuments.error"
    [error]="error"
    [retrying]="retrying"
    (retry)="retries = retries + 1"
  ></cx-exd-load-error>`,
})
class HostComponent {
  error?: { retryAfterSeconds?: number };
  retrying = false;
  retries = 0;
}

describe('ExstreamLoadErrorComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  const alert = () => fixture.nativeElement.querySelector('[role="alert"]') as HTMLElement;
  const button = () => alert().querySelector('button.cx-exd-retry') as HTMLButtonElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [I18nTestingModule],
      declarations: [HostComponent, ExstreamLoadErrorComponent],
    });
    fixture = TestBed.createComponent(HostComponent);
  });

  it('says what could not be loaded and offers to try again', () => {
    fixture.detectChanges();
    expect(alert().textContent).toContain('exstreamDocuments.error');
    expect(alert().textContent).not.toContain('exstreamDocuments.retryAfter');
    button().click();
    expect(fixture.componentInstance.retries).toBe(1);
  });

  it("says how long to wait when the proxy told (a 503's Retry-After)", () => {
    fixture.componentInstance.error = { retryAfterSeconds: 7 };
    fixture.detectChanges();
    expect(alert().textContent).toContain('exstreamDocuments.retryAfter seconds:7');
  });

  it('cannot be pressed again while the next attempt is under way', () => {
    fixture.componentInstance.retrying = true;
    fixture.detectChanges();
    expect(button().disabled).toBe(true);
  });
});
