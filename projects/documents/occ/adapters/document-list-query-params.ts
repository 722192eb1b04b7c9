import { DocumentSearchParams } from '@exstream-spartacus/documents/root';

/** The query parameters of the document list (and of its export) for these criteria. */
export function documentListQueryParams(
  params: DocumentSearchParams
): Record<string, string | number | boolean> {
  const query: Record<string, string | number | boolean> = {};
  if (params.types?.length) {
    query.type = params.types.join(',');
  }
  if (params.orderCode) {
    query.orderCode = params.orderCode;
  }
  if (params.from) {
    query.from = params.from;
  }
  if (params.to) {
    query.to = params.to;
  }
  if (params.query) {
    query.q = params.query;
  }
  if (params.unread !== undefined) {
    query.unread = params.unread;
  }
  if (params.currentPage !== undefined) {
    query.currentPage = params.currentPage;
  }
  if (params.pageSize !== undefined) {
    query.pageSize = params.pageSize;
  }
  if (params.sort) {
    query.sort = params.sort;
  }
  return query;
}
