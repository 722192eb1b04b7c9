import * as fs from 'node:fs';

type Env = Readonly<Record<string, string | undefined>>;

/** Reads typed values from the environment, collecting one problem line per bad variable. */
export class EnvReader {
  constructor(
    private readonly env: Env,
    readonly problems: string[],
  ) {}

  text(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.text(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return Number(raw);
  }

  /** An http(s) URL without query, fragment or credentials, trailing slashes removed. */
  httpUrl(name: string): string | undefined {
    const raw = this.text(name);
    if (raw === undefined) return undefined;
    try {
      const url = new URL(raw);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
      if (url.search || url.hash || url.username || url.password) throw new Error('extras');
      return url.toString().replace(/\/+$/, '');
    } catch {
      this.problems.push(`${name} must be an http(s) URL without query, fragment or credentials, got "${raw}"`);
      return undefined;
    }
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.text(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
      return fallback;
    }
    return raw as T;
  }

  /** JSON from `name`, or from the file named by `${name}_FILE`. */
  json(name: string): unknown {
    const inline = this.text(name);
    const file = this.text(`${name}_FILE`);
    if (inline !== undefined && file !== undefined) {
      this.problems.push(`set either ${name} or ${name}_FILE, not both`);
      return undefined;
    }
    let source = inline;
    if (file !== undefined) {
      try {
        source = fs.readFileSync(file, 'utf8');
      } catch {
        this.problems.push(`${name}_FILE names a file that cannot be read: "${file}"`);
        return undefined;
      }
    }
    if (source === undefined) return undefined;
    try {
      return JSON.parse(source);
    } catch (error) {
      this.problems.push(`${name} is not valid JSON: ${(error as Error).message}`);
      return undefined;
    }
  }
}
