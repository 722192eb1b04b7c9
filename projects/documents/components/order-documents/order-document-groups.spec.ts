import { ExstreamDocument } from '@exstream-spartacus/documents/root';
import { groupOrderDocuments, OrderOutline, requestKey } from './order-document-groups';
import { fakeDocument } from '../../testing/document-fixtures';

function doc(id: string, type: string, extra: Partial<ExstreamDocument> = {}): ExstreamDocument {
  return fakeDocument({ id, type, title: id, number: id, createdAt: '2026-10-02T09:00:00Z', size: 1, ...extra });
}

const order: OrderOutline = {
  consignments: [
    { code: 'cons_0', trackingID: '1Z0001' },
    { code: 'cons_1', trackingID: '1Z0002' },
  ],
  entries: [
    { entryNumber: 0, product: { code: 'P0', name: 'Camera' } },
    { entryNumber: 1, product: { code: 'P1', name: 'Tripod' } },
  ],
};

describe('groupOrderDocuments', () => {
  it('groups by confirmation, invoices, consignments and entries, in that order', () => {
    const groups = groupOrderDocuments(
      {
        documents: [
          doc('war-1', 'WARRANTY', { entryNumbers: [1], productCodes: ['P1'] }),
          doc('shp-1', 'SHIPMENT_NOTICE', { consignmentCode: 'cons_1' }),
          doc('cn', 'CREDIT_NOTE'),
          doc('inv', 'INVOICE'),
          doc('oc', 'ORDER_CONFIRMATION'),
          doc('shp-0', 'SHIPMENT_NOTICE', { consignmentCode: 'cons_0' }),
          doc('pol-0', 'POLICY', { entryNumbers: [0] }),
          doc('terms', 'TERMS'),
        ],
        generatable: [],
        generationSupported: true,
      },
      order
    );
    expect(groups.map((g) => g.id)).toEqual([
      'confirmation',
      'invoices',
      'shipment-cons_0',
      'shipment-cons_1',
      'entry-0',
      'entry-1',
      'other',
    ]);
    expect(groups[1].documents.map((d) => d.id).sort()).toEqual(['cn', 'inv']);
    expect(groups[2].trackingId).toBe('1Z0001');
    expect(groups[3].trackingId).toBe('1Z0002');
    expect(groups[4].productName).toBe('Camera');
    expect(groups[5].productName).toBe('Tripod');
    expect(groups[5].documents[0].id).toBe('war-1');
    expect(groups[6].documents[0].id).toBe('terms');
  });

  it('leaves out groups with nothing to show', () => {
    const groups = groupOrderDocuments(
      { documents: [doc('inv', 'INVOICE')], generatable: [], generationSupported: true },
      order
    );
    expect(groups.map((g) => g.id)).toEqual(['invoices']);
  });

  it('puts requestable documents into the group they belong to', () => {
    const groups = groupOrderDocuments(
      {
        documents: [],
        generatable: [
          { type: 'WARRANTY', entryNumber: 0 },
          { type: 'SHIPMENT_NOTICE', consignmentCode: 'cons_1' },
          { type: 'INVOICE' },
        ],
        generationSupported: true,
      },
      order
    );
    expect(groups.map((g) => [g.id, g.requestable.length])).toEqual([
      ['invoices', 1],
      ['shipment-cons_1', 1],
      ['entry-0', 1],
    ]);
  });

  it('works without the order: product codes and consignment codes only', () => {
    const groups = groupOrderDocuments({
      documents: [
        doc('war', 'WARRANTY', { entryNumbers: [2], productCodes: ['P2'] }),
        doc('shp', 'SHIPMENT_NOTICE', { consignmentCode: 'cons_9' }),
        doc('shp-x', 'SHIPMENT_NOTICE'),
        doc('pol', 'POLICY'),
      ],
      generatable: [],
      generationSupported: false,
    });
    const byId = new Map(groups.map((g) => [g.id, g]));
    expect(byId.get('entry-2')?.productName).toBe('P2');
    expect(byId.get('shipment-cons_9')?.trackingId).toBeUndefined();
    expect(byId.get('shipment-other')?.documents[0].id).toBe('shp-x');
    expect(byId.get('other')?.documents[0].id).toBe('pol');
  });

  it('sorts documents of a group oldest first', () => {
    const groups = groupOrderDocuments({
      documents: [
        doc('new', 'INVOICE', { createdAt: '2026-10-05T00:00:00Z' }),
        doc('old', 'INVOICE', { createdAt: '2026-10-01T00:00:00Z' }),
      ],
      generatable: [],
      generationSupported: true,
    });
    expect(groups[0].documents.map((d) => d.id)).toEqual(['old', 'new']);
  });

  it('builds distinct request keys', () => {
    expect(requestKey({ type: 'WARRANTY', entryNumber: 0 })).not.toBe(
      requestKey({ type: 'WARRANTY', entryNumber: 1 })
    );
    expect(requestKey({ type: 'SHIPMENT_NOTICE', consignmentCode: 'a' })).not.toBe(
      requestKey({ type: 'SHIPMENT_NOTICE', consignmentCode: 'b' })
    );
  });
});
