/** Path parameters of the shopper API under /occ/v2/{baseSiteId}/users/{userId}. */
export interface UserParams {
  baseSiteId: string;
  userId: string;
}

export interface DocumentParams extends UserParams {
  documentId: string;
}

export interface OrderParams extends UserParams {
  orderCode: string;
}
