import { BASE_SITE_ID_PATTERN } from '../base-site';
/** Schemas every resource uses: the OCC error body and the user path parameters. */

export const occErrorListSchema = {
  $id: 'OccErrorList',
  type: 'object',
  required: ['errors'],
  properties: {
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'message'],
        properties: {
          type: { type: 'string' },
          message: { type: 'string' },
          subject: { type: 'string' },
          reason: { type: 'string' },
          count: { type: 'integer', description: 'ArchiveTooLargeError: how many documents were selected' },
          limit: { type: 'integer', description: 'ArchiveTooLargeError: most documents one archive may hold' },
          totalBytes: { type: 'integer', description: "ArchiveTooLargeError: the selected documents' bytes" },
          byteLimit: { type: 'integer', description: 'ArchiveTooLargeError: most bytes one archive may hold' },
        },
      },
    },
  },
} as const;

export const errorResponses = {
  '4xx': { $ref: 'OccErrorList#' },
  '5xx': { $ref: 'OccErrorList#' },
} as const;

export const userParamsSchema = {
  type: 'object',
  required: ['baseSiteId', 'userId'],
  properties: {
    baseSiteId: { type: 'string', pattern: BASE_SITE_ID_PATTERN },
    userId: { type: 'string', minLength: 1, maxLength: 255 },
  },
} as const;

/** A response body of raw bytes. */
export const binaryBody = { type: 'string', format: 'binary' } as const;

/** A B2B unit's id (Commerce B2BUnit uid, which may hold spaces), a path parameter of the unit scope. */
export const orgUnitIdSchema = { type: 'string', minLength: 1, maxLength: 255, pattern: '^[^\\u0000-\\u001f\\u007f/]+$' } as const;

/** Where a route lives: a user's own documents, or a B2B unit's under users/{userId}/orgUnits/{orgUnitId}. */
export type ApiScope = 'user' | 'unit';

/** A route's path parameters in the user scope, or the same with `{orgUnitId}` in a unit's scope. */
export function paramsIn<S extends { required: readonly string[]; properties: object }>(schema: S, scope: ApiScope): S {
  if (scope === 'user') return schema;
  return { ...schema, required: [...schema.required, 'orgUnitId'], properties: { ...schema.properties, orgUnitId: orgUnitIdSchema } };
}

/** OCC's PaginationModel of a list answer. */
export const paginationSchema = {
  type: 'object',
  required: ['currentPage', 'pageSize', 'totalPages', 'totalResults', 'sort'],
  properties: {
    currentPage: { type: 'integer' },
    pageSize: { type: 'integer' },
    totalPages: { type: 'integer' },
    totalResults: { type: 'integer' },
    sort: { type: 'string' },
  },
} as const;

/** OCC's SortModel list: every sort code of a list and which one the answer is in. */
export const sortsSchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['code', 'selected'],
    properties: { code: { type: 'string' }, selected: { type: 'boolean' } },
  },
} as const;

/** The pagination and sorts of one page of a list answered in `query.sort` from the sort codes `sorts`. */
export function pageOf<Sort extends string>(
  query: { currentPage: number; pageSize: number; sort: Sort },
  totalResults: number,
  sorts: readonly Sort[],
): { pagination: { currentPage: number; pageSize: number; totalPages: number; totalResults: number; sort: Sort }; sorts: { code: Sort; selected: boolean }[] } {
  return {
    pagination: {
      currentPage: query.currentPage,
      pageSize: query.pageSize,
      totalPages: Math.ceil(totalResults / query.pageSize),
      totalResults,
      sort: query.sort,
    },
    sorts: sorts.map((code) => ({ code, selected: code === query.sort })),
  };
}
