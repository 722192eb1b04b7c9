import { B2B_BATCH, B2B_TOKENS, LINDA, tokenOf, UNITS } from '../support/b2b-fixtures';
import { bearer, getJson, SITE } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

/**
 * The field names and JSON types of SAP's account summary model
 * (feature-libs/organization/account-summary/root/model/account-summary.model.ts, Spartacus 2211, and
 * the @spartacus/core models it uses), written down so an answer that drifts from it fails here.
 * `extension` marks the fields this API adds (SAP's pages ignore them).
 */
type Shape = 'string' | 'number' | 'boolean' | { object: Record<string, Shape> } | { array: Shape } | { enum: string[] } | 'extension';

const dayRange: Shape = { object: { minBoundary: 'number', maxBoundary: 'number' } };
const currency: Shape = { object: { isocode: 'string', name: 'string', symbol: 'string', active: 'boolean' } };
const ACCOUNT_SUMMARY_DETAILS: Shape = {
  object: {
    accountManagerEmail: 'string',
    accountManagerName: 'string',
    amountBalance: {
      object: {
        currentBalance: 'string',
        dueBalances: { array: { object: { amount: 'string', dayRange } } },
        openBalance: 'string',
        pastDueBalance: 'string',
      },
    },
    billingAddress: { object: {} },
    creditLimit: 'string',
    orgUnit: { object: { uid: 'string', name: 'string', active: 'boolean' } },
    balances: 'extension',
  },
};
const ACCOUNT_SUMMARY_LIST: Shape = {
  object: {
    orgDocumentTypes: { array: { object: { code: 'string', displayInAllList: 'boolean', includeInOpenBalance: 'boolean', name: 'string' } } },
    orgDocuments: {
      array: {
        object: {
          id: 'string',
          orgDocumentType: { object: { code: 'string', name: 'string', payableOrUsable: 'string' } },
          status: { enum: ['all', 'open', 'closed'] },
          createdAtDate: 'string',
          dueAtDate: 'string',
          formattedAmount: 'string',
          amount: 'number',
          formattedOpenAmount: 'string',
          openAmount: 'number',
          currency,
          attachments: { array: { object: { id: 'string' } } },
          document: 'extension',
        },
      },
    },
    pagination: { object: { currentPage: 'number', pageSize: 'number', sort: 'string', totalPages: 'number', totalResults: 'number' } },
    sorts: { array: { object: { code: 'string', name: 'string', selected: 'boolean' } } },
  },
};

/** Every place where `value` leaves the shape, as "path: problem". */
function mismatches(value: unknown, shape: Shape, path = '$'): string[] {
  if (shape === 'extension') return [];
  if (typeof shape === 'string') return typeof value === shape ? [] : [`${path}: ${typeof value}, SAP has ${shape}`];
  if ('enum' in shape) return shape.enum.includes(value as string) ? [] : [`${path}: ${String(value)} is none of ${shape.enum.join(', ')}`];
  if ('array' in shape) return Array.isArray(value) ? value.flatMap((item, i) => mismatches(item, shape.array, `${path}[${i}]`)) : [`${path}: not an array`];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: not an object`];
  return Object.entries(value).flatMap(([key, field]) =>
    key in shape.object ? mismatches(field, shape.object[key], `${path}.${key}`) : [`${path}.${key}: not in SAP's model`],
  );
}

describe("the account summary answers against SAP's model", () => {
  const suite = stackForSuite({ batch: B2B_BATCH, tokens: B2B_TOKENS });
  const url = (unitId: string, suffix: string) =>
    `${suite.stack.baseUrl}/occ/v2/${SITE}/users/current/orgUnits/${encodeURIComponent(unitId)}${suffix}`;

  it('AccountSummaryDetails: only SAP fields (plus balances), each of its type, for every unit', async () => {
    for (const unit of [UNITS.rustic, UNITS.custom, UNITS.services]) {
      const { status, body } = await getJson(url(unit.id, '/accountSummary'), bearer(tokenOf(LINDA)));
      expect(status).toBe(200);
      expect(mismatches(body, ACCOUNT_SUMMARY_DETAILS)).withContext(unit.id).toEqual([]);
      expect(body.amountBalance.dueBalances.length).toBe(4);
    }
  });

  it('AccountSummaryList: only SAP fields (plus the document), each of its type, in every state of a document', async () => {
    const { status, body } = await getJson(url(UNITS.custom.id, '/orgDocuments?pageSize=100&status=all'), bearer(tokenOf(LINDA)));
    expect(status).toBe(200);
    expect(body.orgDocuments.length).toBeGreaterThan(10);
    expect(mismatches(body, ACCOUNT_SUMMARY_LIST)).toEqual([]);
  });

  it('the check itself finds a field SAP does not have and a wrong type', () => {
    expect(mismatches({ orgUnit: { uid: 1 }, credit: 'x' }, ACCOUNT_SUMMARY_DETAILS)).toEqual([
      '$.orgUnit.uid: number, SAP has string',
      "$.credit: not in SAP's model",
    ]);
  });
});
