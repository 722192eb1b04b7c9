import { PaginationModel, SortModel } from '@spartacus/core';

/**
 * One order as the order history lists it: the fields of OCC's order history
 * (`users/{userId}/orders`) that the list shows.
 */
export interface OrderListEntry {
  code?: string;
  /** ISO 8601 timestamp as OCC sends it */
  placed?: string | Date;
  status?: string;
  statusDisplay?: string;
  total?: { formattedValue?: string };
}

/** One page of the shopper's orders, with the sorts the backend offers. */
export interface OrderListPage {
  orders: OrderListEntry[];
  pagination: PaginationModel;
  sorts: SortModel[];
}

/** Which page of the order history to load; `currentPage` is 0-based. */
export interface OrderListQuery {
  pageSize: number;
  currentPage?: number;
  /** a sort code the backend offered, e.g. `byDate` or `byOrderNumber` */
  sort?: string;
}
