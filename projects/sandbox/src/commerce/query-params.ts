/** A query string or form body as Fastify parses it without a schema. */
export type Query = Record<string, string | string[] | undefined>;

export function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function intParam(value: string | string[] | undefined, fallback: number): number | undefined {
  const raw = single(value);
  if (raw === undefined || raw === '') {
    return fallback;
  }
  return /^\d+$/.test(raw) ? Number(raw) : undefined;
}
