import { NO_ERRORS_SCHEMA } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { I18nTestingModule } from '@spartacus/core';
import { of } from 'rxjs';
import { DocumentTransferService } from '../../download/document-transfer.service';
import { TransferLabelModule } from '../../shared/transfer-label/transfer-label.module';
import { DocumentBulkActionsComponent } from './document-bulk-actions.component';

function transferServiceSpy(): jasmine.SpyObj<DocumentTransferService> {
  const spy = jasmine.createSpyObj<DocumentTransferService>('DocumentTransferService', [
    'downloadSelection',
    'exportList',
    'downloadOrgMatching',
    'exportOrgList',
  ]);
  spy.downloadSelection.and.returnValue(of());
  spy.exportList.and.returnValue(of());
  spy.downloadOrgMatching.and.returnValue(of());
  spy.exportOrgList.and.returnValue(of());
  return spy;
}

describe('DocumentBulkActionsComponent', () => {
  let fixture: ComponentFixture<DocumentBulkActionsComponent>;
  let transfers: jasmine.SpyObj<DocumentTransferService>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [I18nTestingModule, TransferLabelModule],
      declarations: [DocumentBulkActionsComponent],
      providers: [{ provide: DocumentTransferService, useFactory: transferServiceSpy }],
      schemas: [NO_ERRORS_SCHEMA],
    });
    transfers = TestBed.inject(DocumentTransferService) as jasmine.SpyObj<DocumentTransferService>;
    fixture = TestBed.createComponent(DocumentBulkActionsComponent);
  });

  it("takes the shopper's list filter for all matching and the export", () => {
    fixture.componentInstance.filter = { types: ['INVOICE'], query: 'INV' };
    fixture.componentInstance.downloadMatching();
    fixture.componentInstance.exportList();
    expect(transfers.downloadSelection).toHaveBeenCalledWith({ filter: { types: ['INVOICE'], query: 'INV' } }, undefined);
    expect(transfers.exportList).toHaveBeenCalledWith({ types: ['INVOICE'], query: 'INV' }, undefined);
    expect(transfers.downloadOrgMatching).not.toHaveBeenCalled();
  });

  it("takes a unit's account summary filters for all matching and the export, and the unit's archive for the selection", () => {
    const component = fixture.componentInstance;
    component.orgUnitId = 'Custom Retail';
    component.orgFilter = { status: 'all', overdue: true, sort: 'byDueAtDateAsc' };
    component.selectedIds = ['d-1', 'd-2'];
    component.downloadMatching();
    component.exportList();
    component.downloadSelected();
    expect(transfers.downloadOrgMatching).toHaveBeenCalledWith('Custom Retail', { status: 'all', overdue: true, sort: 'byDueAtDateAsc' });
    expect(transfers.exportOrgList).toHaveBeenCalledWith('Custom Retail', { status: 'all', overdue: true, sort: 'byDueAtDateAsc' });
    expect(transfers.downloadSelection).toHaveBeenCalledWith({ ids: ['d-1', 'd-2'] }, 'Custom Retail');
    expect(transfers.exportList).not.toHaveBeenCalled();
  });
});
