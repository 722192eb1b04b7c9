import * as fs from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { planGeneration } from '../../src/documents/generation/driver-data';
import type { OccOrder } from '../../src/documents/generation/occ-order';
import { GENERATABLE_TYPES, targetsOf } from '../../src/documents/generation/targets';
import { ANNA, ANNA_ORDER } from '../support/fixtures';
import { repoFile } from '../support/repo-file';

const readJson = (relative: string) => JSON.parse(fs.readFileSync(repoFile(relative), 'utf8'));
const SCHEMA = readJson('docs/driver-data/driver-data.schema.json');
const SAMPLE = readJson('docs/driver-data/sample-driver.json');

/** Every field path of a JSON value, array items as `[]` (`lines[].unitPrice.value`). */
function pathsOf(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => pathsOf(item, `${prefix}[]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => [`${prefix}${prefix ? '.' : ''}${key}`, ...pathsOf(v, `${prefix}${prefix ? '.' : ''}${key}`)]);
  }
  return [];
}

describe('Driver data and its published schema and sample driver file', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  const validate = ajv.compile(SCHEMA);
  const issuedAt = new Date('2026-11-30T12:00:00Z');
  const plans = targetsOf(ANNA_ORDER as OccOrder, GENERATABLE_TYPES).map((target) => ({ target, plan: planGeneration(ANNA_ORDER as OccOrder, ANNA, target, issuedAt) }));

  it('has a sample driver file that matches the schema', () => {
    expect(validate(SAMPLE)).withContext(JSON.stringify(validate.errors)).toBeTrue();
  });

  it('sends driver data that matches the schema, for every target of an order', () => {
    expect(plans.map((p) => p.target.type)).toEqual(jasmine.arrayContaining([...GENERATABLE_TYPES]));
    for (const { target, plan } of plans) {
      expect(validate(plan.driverData)).withContext(`${JSON.stringify(target)}: ${JSON.stringify(validate.errors)}`).toBeTrue();
    }
  });

  it('sends only fields the sample driver file has, so a data source designed from it maps every one', () => {
    const known = new Set(pathsOf(SAMPLE));
    for (const { target, plan } of plans) {
      const unknown = pathsOf(plan.driverData).filter((p) => !known.has(p));
      expect(unknown).withContext(JSON.stringify(target)).toEqual([]);
    }
    const shipment = plans.find((p) => p.target.type === 'SHIPMENT_NOTICE')!.plan.driverData;
    expect(new Set(pathsOf(shipment))).toEqual(known);
  });

  it('still matches the schema for a sparse order (absent values are null, OCC dates without offset null)', () => {
    const sparse: OccOrder = { code: '400001', created: '2026-10-01T08:00:00', entries: [{ entryNumber: 0 }], consignments: [{ code: 'c0', entries: [{ orderEntry: { entryNumber: 0 } }] }] };
    for (const target of targetsOf(sparse, GENERATABLE_TYPES)) {
      const { driverData } = planGeneration(sparse, { uid: 'x@example.com' }, target, issuedAt);
      expect(validate(driverData)).withContext(`${JSON.stringify(target)}: ${JSON.stringify(validate.errors)}`).toBeTrue();
      expect(driverData.order.placed).toBeNull();
    }
  });

  it('refuses what the schema does not allow (an OCC date as Commerce writes it, an unknown field)', () => {
    const occDate = { ...SAMPLE, order: { ...SAMPLE.order, placed: '2026-10-02T09:14:00+0000' } };
    expect(validate(occDate)).toBeFalse();
    expect(validate({ ...SAMPLE, extra: true })).toBeFalse();
  });
});
