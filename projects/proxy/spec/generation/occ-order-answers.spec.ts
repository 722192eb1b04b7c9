import { Writable } from 'node:stream';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { startFakeExstream, type FakeExstream } from '../support/fake-exstream';
import { ANNA_TOKEN, ORDERS, TOKENS } from '../support/fixtures';
import { bearer, getJson, startStack, type Stack } from '../support/stack';
import { generate, orderDocumentsUrl } from './helpers';

class CapturingStream extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter((l) => l !== ''));
    done();
  }
}

describe("Generation and SAP Commerce's order answers", () => {
  let commerce: FakeCommerce;
  let exstream: FakeExstream;
  let stack: Stack;
  let logs: CapturingStream;

  beforeEach(async () => {
    commerce = await startFakeCommerce(TOKENS, ORDERS);
    exstream = await startFakeExstream();
    logs = new CapturingStream();
    stack = await startStack({ commerceUrl: commerce.url, env: exstream.env(), logStream: logs });
  });

  afterEach(async () => {
    await stack.close();
    await exstream.close();
    await commerce.close();
  });

  it('answers 404 when Commerce answers 400 UnknownIdentifierError for the order, without calling Exstream', async () => {
    const unknown = await generate(stack, ANNA_TOKEN, '999999', { type: 'INVOICE' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0]).toEqual(jasmine.objectContaining({ type: 'UnknownIdentifierError', message: "Order with code '999999' not found" }));
    expect((await getJson(orderDocumentsUrl(stack, '999999'), bearer(ANNA_TOKEN))).status).toBe(404);
    expect(exstream.calls.length).toBe(0);
  });

  it('answers 502 and logs the OCC error when Commerce refuses the order call with another 400', async () => {
    commerce.failOrder('300001', 400, { type: 'ValidationError', message: "Field 'fields' has an unknown value" });
    const result = await generate(stack, ANNA_TOKEN, '300001', { type: 'INVOICE' });
    expect(result.status).toBe(502);
    expect(result.body.errors[0].type).toBe('BadGatewayError');
    expect(result.body.errors[0].message).toContain('SAP Commerce refused the order request with 400');
    const line = logs.lines.find((l) => l.includes('SAP Commerce refused the order request with 400'));
    expect(line).withContext('a log line names the refusal').toBeDefined();
    expect(line).toContain("ValidationError: Field 'fields' has an unknown value");
    expect(JSON.parse(line!).level).toBe(50);
    expect(logs.lines.join('\n')).not.toContain(ANNA_TOKEN);
    expect(exstream.calls.length).toBe(0);
  });

  it('writes the dates of the OCC order into the driver data as RFC 3339 in UTC', async () => {
    const result = await generate(stack, ANNA_TOKEN, '300001', { type: 'SHIPMENT_NOTICE', consignmentCode: 'cons300001_1' });
    expect(result.status).toBe(201);
    const driver = exstream.calls[0].body as { order: { placed: string }; consignment: { statusDate: string }; document: { issuedAt: string } };
    expect(driver.order.placed).toBe('2026-10-01T08:00:00.000Z');
    expect(driver.consignment.statusDate).toBe('2026-10-04T16:30:00.000Z');
    expect(driver.document.issuedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});
