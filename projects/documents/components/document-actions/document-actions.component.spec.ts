import { Component, DebugElement } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { Router } from '@angular/router';
import {
  DocumentsFacade,
  DocumentType,
  ExstreamDocument,
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';
import { I18nTestingModule, WindowRef } from '@spartacus/core';
import { of, Subject } from 'rxjs';
import {
  DocumentTransferService,
  TransferProgress,
} from '../download/document-transfer.service';
import { TransferTracker } from '../download/transfer-tracker';
import {
  DocumentActionsVariant,
  ExstreamDocumentActionsComponent,
} from './document-actions.component';
import { FileSizeModule } from '../shared/file-size/file-size.module';
import { documentTransferServiceSpy } from '../../testing/document-fixtures';
import { TransferLabelModule } from '../shared/transfer-label/transfer-label.module';

const offer: ExstreamDocument = {
  id: 'r-1',
  type: DocumentType.RENEWAL_OFFER,
  title: 'Service plan upgrade',
  number: 'REN-1',
  createdAt: '2026-11-20T09:00:00Z',
  mimeType: 'application/pdf',
  size: 2048,
  read: false,
  actionUrl: '/my-account/orders',
  actionLabel: 'Upgrade now',
};

@Component({
  template: `<cx-exd-document-actions
    [document]="document"
    [variant]="variant"
    [showPreview]="showPreview"
    [transfers]="transfers"
    (previewRequested)="previewed.push($event)"
  ></cx-exd-document-actions>`,
})
class HostComponent {
  previewed: ExstreamDocument[] = [];
  document: ExstreamDocument = offer;
  variant: DocumentActionsVariant = 'list';
  showPreview = true;
  transfers?: TransferTracker;
}

describe('ExstreamDocumentActionsComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  let el: DebugElement;
  let facade: jasmine.SpyObj<DocumentsFacade>;
  let transfer: jasmine.SpyObj<DocumentTransferService>;
  let router: jasmine.SpyObj<Router>;

  beforeEach(async () => {
    facade = jasmine.createSpyObj('DocumentsFacade', ['markRead']);
    transfer = documentTransferServiceSpy();
    router = jasmine.createSpyObj('Router', ['navigateByUrl']);
    await TestBed.configureTestingModule({
      imports: [I18nTestingModule, FileSizeModule, TransferLabelModule],
      declarations: [HostComponent, ExstreamDocumentActionsComponent],
      providers: [
        { provide: DocumentsFacade, useValue: facade },
        { provide: DocumentTransferService, useValue: transfer },
        { provide: Router, useValue: router },
        {
          provide: WindowRef,
          useValue: {
            isBrowser: () => true,
            location: { origin: 'https://shop.example.com' },
          },
        },
        {
          provide: ExstreamDocumentsConfig,
          useValue: { exstreamDocuments: { actions: { allowedHosts: ['renewals.example.com'] } } },
        },
      ],
    }).compileComponents();
  });

  function render(document: Partial<ExstreamDocument> = {}, setup?: (host: HostComponent) => void) {
    fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.document = { ...offer, ...document };
    setup?.(fixture.componentInstance);
    el = fixture.debugElement;
    fixture.detectChanges();
  }

  function action(): HTMLAnchorElement | null {
    return el.query(By.css('a.cx-exd-action'))?.nativeElement ?? null;
  }

  describe('call to action', () => {
    it('renders a same-site path as a labelled link that navigates inside the app', () => {
      render();
      const link = action() as HTMLAnchorElement;
      expect(link.getAttribute('href')).toBe('/my-account/orders');
      expect(link.textContent?.trim()).toBe('Upgrade now');
      const label = link.getAttribute('aria-label') ?? '';
      expect(label).toContain('exstreamDocuments.actionLabel');
      expect(label).toContain('label:Upgrade now');
      expect(label).toContain('title:Service plan upgrade');

      const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).toBe(true);
      expect(router.navigateByUrl).toHaveBeenCalledWith('/my-account/orders');
    });

    it('leaves a click with a modifier key (new tab) to the browser', () => {
      render();
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
      (action() as HTMLAnchorElement).addEventListener('click', (e) => e.preventDefault());
      (action() as HTMLAnchorElement).dispatchEvent(click);
      expect(router.navigateByUrl).not.toHaveBeenCalled();
    });

    it('treats an absolute URL of the own origin as a same-site path', () => {
      render({ actionUrl: 'https://shop.example.com/my-account/orders?x=1' });
      expect(action()?.getAttribute('href')).toBe('/my-account/orders?x=1');
      expect(action()?.getAttribute('data-action-kind')).toBe('internal');
    });

    it('links to an allow-listed https host without in-app navigation', () => {
      render({ actionUrl: 'https://renewals.example.com/plans/42' });
      const link = action() as HTMLAnchorElement;
      expect(link.getAttribute('href')).toBe('https://renewals.example.com/plans/42');
      expect(link.getAttribute('data-action-kind')).toBe('external');
      link.addEventListener('click', (e) => e.preventDefault());
      link.click();
      expect(router.navigateByUrl).not.toHaveBeenCalled();
    });

    it('renders no button for URLs that are not allowed', () => {
      for (const actionUrl of [
        'https://evil.example.net/phish',
        'javascript:alert(1)',
        '//evil.example.net/x',
        'http://renewals.example.com/plans/42',
      ]) {
        render({ actionUrl });
        expect(action()).withContext(actionUrl).toBeNull();
        // preview and download stay
        expect(el.query(By.css('.cx-exd-preview'))).not.toBeNull();
      }
    });

    it('renders no button without an action URL, and a default label without a label', () => {
      render({ actionUrl: undefined });
      expect(action()).toBeNull();
      render({ actionLabel: undefined });
      expect(action()?.textContent?.trim()).toBe('exstreamDocuments.action');
    });
  });

  describe('marking read', () => {
    it('marks an unread document read once, from preview and download', () => {
      render();
      el.query(By.css('.cx-exd-preview')).nativeElement.click();
      expect(fixture.componentInstance.previewed.map((d) => d.id)).toEqual(['r-1']);
      el.query(By.css('.cx-exd-download')).nativeElement.click();
      expect(transfer.downloadDocument).toHaveBeenCalledWith(jasmine.objectContaining({ id: 'r-1' }));
      el.query(By.css('.cx-exd-preview')).nativeElement.click();
      expect(facade.markRead).toHaveBeenCalledTimes(1);
      expect(facade.markRead).toHaveBeenCalledWith('r-1', undefined);
    });

    it('leaves a read document alone', () => {
      render({ read: true });
      el.query(By.css('.cx-exd-preview')).nativeElement.click();
      el.query(By.css('.cx-exd-download')).nativeElement.click();
      expect(facade.markRead).not.toHaveBeenCalled();
    });

    it('marks read when a download starts', () => {
      render();
      el.query(By.css('.cx-exd-download')).nativeElement.click();
      expect(facade.markRead).toHaveBeenCalledWith('r-1', undefined);
    });
  });

  describe('download', () => {
    it('shares running downloads with the host', () => {
      const running = new TransferTracker(() => undefined);
      running.start('r-1', () => new Subject<TransferProgress>());
      render({}, (host) => (host.transfers = running));
      const button = el.query(By.css('.cx-exd-download')).nativeElement as HTMLButtonElement;
      expect(button.disabled).toBe(true);
      expect(button.textContent).toContain('exstreamDocuments.downloading');
      button.click();
      expect(transfer.downloadDocument).not.toHaveBeenCalled();
    });

    it('labels the download with title, number and size', () => {
      render();
      const label = el.query(By.css('.cx-exd-download')).attributes['aria-label'] ?? '';
      expect(label).toContain('exstreamDocuments.downloadLabel');
      expect(label).toContain('number:REN-1');
      expect(label).toContain('size:2 KB');
    });
  });

  it('shows the viewer variant: a primary download button and no preview', () => {
    render({}, (host) => {
      host.variant = 'viewer';
      host.showPreview = false;
    });
    expect(el.query(By.css('.cx-exd-preview'))).toBeNull();
    const download = el.query(By.css('button.cx-exd-viewer-download'));
    expect(download.classes['btn-primary']).toBe(true);
    expect(download.attributes['aria-label']).toContain('exstreamDocumentViewer.downloadLabel');
    expect(action()?.classList.contains('btn-secondary')).toBe(true);
  });

  it('downloads from the viewer through a signed link, from a list row by fetching the bytes', () => {
    render({}, (host) => (host.variant = 'viewer'));
    el.query(By.css('button.cx-exd-viewer-download')).nativeElement.click();
    expect(transfer.downloadThroughLink).toHaveBeenCalledWith(jasmine.objectContaining({ id: 'r-1' }));
    expect(transfer.downloadDocument).not.toHaveBeenCalled();
  });

  it('names its preview button as the element the viewer returns the focus to', () => {
    render();
    const actions = el.query(By.directive(ExstreamDocumentActionsComponent))
      .componentInstance as ExstreamDocumentActionsComponent;
    expect(actions.previewTrigger).toBe(el.query(By.css('button.cx-exd-preview')).nativeElement);

    fixture.componentInstance.showPreview = false;
    fixture.detectChanges();
    expect(actions.previewTrigger).toBeUndefined();
  });
});
