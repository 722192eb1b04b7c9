import { ANNA_TOKEN } from '../support/fixtures';
import { bearer, documentsUrl, getJson } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

describe('query validation', () => {
  const suite = stackForSuite({ batch: [] });

  const cases: [query: string, parameter: string][] = [
    ['pageSize=0', 'pageSize'],
    ['pageSize=101', 'pageSize'],
    ['pageSize=abc', 'pageSize'],
    ['pageSize=2.5', 'pageSize'],
    ['currentPage=-1', 'currentPage'],
    ['currentPage=x', 'currentPage'],
    ['sort=byPrice', 'sort'],
    ['type=INVOICE,RECEIPT', 'type'],
    ['type=INVOICE&type=invoice', 'type'],
    ['from=2026-13-01', 'from'],
    ['from=yesterday', 'from'],
    ['to=2026-02-30', 'to'],
    ['to=2026-10-01T25:00:00Z', 'to'],
    ['from=2026-10-01T10:00:00', 'from'],
    ['from=2026-10-05&to=2026-10-01', 'to'],
    ['unread=maybe', 'unread'],
    [`q=${'x'.repeat(101)}`, 'q'],
  ];

  for (const [query, parameter] of cases) {
    it(`answers 400 ValidationError naming '${parameter}' for ${query.slice(0, 40)}`, async () => {
      const { status, body } = await getJson(documentsUrl(suite.stack, 'current', `?${query}`), bearer(ANNA_TOKEN));
      expect(status).toBe(400);
      expect(body.errors.length).toBe(1);
      expect(body.errors[0].type).toBe('ValidationError');
      expect(body.errors[0].subject).toBe(parameter);
      expect(body.errors[0].reason).toBe('invalid');
      expect(body.errors[0].message).toContain(`'${parameter}'`);
    });
  }

  it('lists the allowed sorts in the message', async () => {
    const { body } = await getJson(documentsUrl(suite.stack, 'current', '?sort=byPrice'), bearer(ANNA_TOKEN));
    expect(body.errors[0].message).toContain('byDateDesc, byDateAsc, byNumber, byType');
  });

  it('names the unknown type value', async () => {
    const { body } = await getJson(documentsUrl(suite.stack, 'current', '?type=RECEIPT'), bearer(ANNA_TOKEN));
    expect(body.errors[0].message).toContain("'RECEIPT'");
  });

  it('accepts the boundary values', async () => {
    for (const query of ['pageSize=1', 'pageSize=100', 'currentPage=0', 'from=2026-02-28&to=2026-02-28', 'unread=false']) {
      const { status } = await getJson(documentsUrl(suite.stack, 'current', `?${query}`), bearer(ANNA_TOKEN));
      expect(status).withContext(query).toBe(200);
    }
  });
});
