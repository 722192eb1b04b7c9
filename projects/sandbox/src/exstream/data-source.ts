import * as fs from 'node:fs';
import { resolve } from 'node:path';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `docs/driver-data/sample-driver.json` of the repository (the file a designer loads), or EXSTREAM_SAMPLE_DRIVER. */
export function sampleDriverFile(): string {
  return process.env.EXSTREAM_SAMPLE_DRIVER ?? resolve(__dirname, '../../../../docs/driver-data/sample-driver.json');
}

/** What mapping one driver file found: fields the data source expected but did not get, and fields it does not know. */
export interface MappingReport {
  missing: string[];
  unmapped: string[];
}

/**
 * A communication's data source as an Exstream designer makes it: from a sample driver file. It
 * knows the sample's fields and their kinds. Driver data is mapped through it: a known field of
 * the same kind is taken, anything else stays empty (null) and is reported, never refused — as in
 * real Exstream, a mismatch renders wrong output instead of failing.
 */
export class DataSource {
  constructor(private readonly sample: Json) {}

  static fromFile(file = sampleDriverFile()): DataSource {
    return new DataSource(JSON.parse(fs.readFileSync(file, 'utf8')) as Json);
  }

  map(input: unknown): { variables: Variables; report: MappingReport } {
    const report: MappingReport = { missing: [], unmapped: [] };
    const record = mapValue(this.sample, input, '', report);
    return { variables: new Variables(this.sample, record), report };
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function mapValue(sample: Json, input: unknown, path: string, report: MappingReport): Json {
  if (Array.isArray(sample)) {
    if (!Array.isArray(input)) {
      if (input !== null) report.missing.push(path);
      return [];
    }
    return sample.length === 0 ? [] : input.map((item, i) => mapValue(sample[0], item, `${path}[${i}]`, report));
  }
  if (sample !== null && typeof sample === 'object') {
    const object = input !== null && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
    if (object === undefined) {
      if (input !== null) report.missing.push(path);
      return null;
    }
    const record: { [key: string]: Json } = {};
    for (const key of Object.keys(sample)) record[key] = mapValue(sample[key], object[key], join(path, key), report);
    for (const key of Object.keys(object)) if (!(key in sample)) report.unmapped.push(join(path, key));
    return record;
  }
  if (input === null) return null;
  if (input === undefined || kindOf(input) !== kindOf(sample)) {
    report.missing.push(path);
    return null;
  }
  return input as Json;
}

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/**
 * The mapped driver file as the communication's variables, read by data-source path
 * (`order.code`, `lines` for a repeating group). Asking for a path the data source does not have is
 * a design error and throws.
 */
export class Variables {
  constructor(
    private readonly sample: Json,
    private readonly record: Json,
  ) {}

  text(path: string): string | null {
    const value = this.at(path);
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
  }

  number(path: string): number | null {
    const value = this.at(path);
    return typeof value === 'number' ? value : null;
  }

  /** Money as Commerce formatted it, else the plain value, else '-'. */
  money(path: string): string {
    const formatted = this.text(`${path}.formatted`);
    const value = this.number(`${path}.value`);
    return formatted ?? (value === null ? '-' : value.toFixed(2));
  }

  /** The items of a repeating group, each with the group's fields. */
  items(path: string): Variables[] {
    const sample = this.sampleAt(path);
    const value = this.at(path);
    if (!Array.isArray(sample) || !Array.isArray(value)) return [];
    return value.map((item) => new Variables(sample[0] ?? null, item));
  }

  texts(path: string): string[] {
    return this.items(path)
      .map((item) => item.record)
      .filter((v): v is string => typeof v === 'string');
  }

  /** whether the driver file carried this group (e.g. `consignment`) */
  has(path: string): boolean {
    return this.at(path) !== null;
  }

  private at(path: string): Json {
    this.sampleAt(path);
    let value: Json = this.record;
    for (const key of path.split('.')) {
      value = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value[key] ?? null) : null;
    }
    return value;
  }

  private sampleAt(path: string): Json {
    let value: Json = this.sample;
    for (const key of path.split('.')) {
      if (value === null || typeof value !== 'object' || Array.isArray(value) || !(key in value)) {
        throw new Error(`the data source has no field ${path}`);
      }
      value = value[key];
    }
    return value;
  }
}
