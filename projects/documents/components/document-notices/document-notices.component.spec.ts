import { Pipe, PipeTransform } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { RouterTestingModule } from '@angular/router/testing';
import { DocumentsFacade } from '@exstream-spartacus/documents/root';
import { AuthService, I18nTestingModule } from '@spartacus/core';
import { BehaviorSubject } from 'rxjs';
import { ExstreamDocumentNoticesComponent } from './document-notices.component';

@Pipe({ name: 'cxUrl' })
class MockUrlPipe implements PipeTransform {
  transform(command: { cxRoute: string }): string {
    return `/${command.cxRoute}`;
  }
}

describe('ExstreamDocumentNoticesComponent', () => {
  let fixture: ComponentFixture<ExstreamDocumentNoticesComponent>;
  let loggedIn$: BehaviorSubject<boolean>;
  let count$: BehaviorSubject<number>;
  let facade: { getUnreadCount: jasmine.Spy; markRead: jasmine.Spy };

  beforeEach(async () => {
    loggedIn$ = new BehaviorSubject<boolean>(true);
    count$ = new BehaviorSubject<number>(3);
    facade = {
      getUnreadCount: jasmine.createSpy('getUnreadCount').and.returnValue(count$),
      // as the real facade: reading a document lowers the count
      markRead: jasmine.createSpy('markRead').and.callFake(() => count$.next(count$.value - 1)),
    };
    await TestBed.configureTestingModule({
      imports: [I18nTestingModule, RouterTestingModule],
      declarations: [ExstreamDocumentNoticesComponent, MockUrlPipe],
      providers: [
        { provide: AuthService, useValue: { isUserLoggedIn: () => loggedIn$ } },
        { provide: DocumentsFacade, useValue: facade },
      ],
    }).compileComponents();
    fixture = TestBed.createComponent(ExstreamDocumentNoticesComponent);
    fixture.detectChanges();
  });

  function link(): HTMLAnchorElement | null {
    return fixture.debugElement.query(By.css('a.cx-exd-notices'))?.nativeElement ?? null;
  }

  it('shows the count as the link text, which names the link', () => {
    const anchor = link() as HTMLAnchorElement;
    expect(anchor.getAttribute('data-count')).toBe('3');
    expect(anchor.querySelector('.cx-exd-notices-count')?.textContent?.trim()).toBe('3');
    expect(anchor.querySelector('.cx-exd-notices-text')?.textContent?.trim()).toBe(
      'exstreamDocumentNotices.many'
    );
    // read as "3 unread documents": the number once, then the words
    expect(anchor.textContent?.replace(/\s+/g, ' ').trim()).toBe('3 exstreamDocumentNotices.many');
    // the visible text is the accessible name: no aria-label that could drift from it
    expect(anchor.hasAttribute('aria-label')).toBe(false);
  });

  it('links to My Documents filtered to unread', () => {
    const href = (link() as HTMLAnchorElement).getAttribute('href') ?? '';
    expect(href).toBe('/myDocuments?unread=true');
  });

  it('uses the singular for one document', () => {
    count$.next(1);
    fixture.detectChanges();
    expect(link()?.textContent?.replace(/\s+/g, ' ').trim()).toBe('1 exstreamDocumentNotices.one');
  });

  it('says "no new documents" at 0, without a number badge or filter', () => {
    count$.next(0);
    fixture.detectChanges();
    const anchor = link() as HTMLAnchorElement;
    expect(anchor.textContent).toContain('exstreamDocumentNotices.none');
    expect(anchor.querySelector('.cx-exd-notices-count')).toBeNull();
    expect(anchor.getAttribute('href')).toBe('/myDocuments');
  });

  it('follows the count after a document was marked read', () => {
    facade.markRead('d-1');
    fixture.detectChanges();
    expect(link()?.getAttribute('data-count')).toBe('2');
    expect(link()?.querySelector('.cx-exd-notices-count')?.textContent?.trim()).toBe('2');
  });

  it('renders nothing and asks for no count while logged out', () => {
    loggedIn$.next(false);
    fixture.detectChanges();
    expect(link()).toBeNull();
    facade.getUnreadCount.calls.reset();
    fixture = TestBed.createComponent(ExstreamDocumentNoticesComponent);
    fixture.detectChanges();
    expect(link()).toBeNull();
    expect(facade.getUnreadCount).not.toHaveBeenCalled();
  });
});
