import { ValidationError } from '../errors';

/** A Commerce base site id (`electronics-spa`). */
export const BASE_SITE_ID_PATTERN = '^[A-Za-z0-9_-]{1,64}$';
const BASE_SITE_ID = new RegExp(BASE_SITE_ID_PATTERN);

/**
 * Authentication runs before the route's schema validation (onRequest) and passes the base site
 * on to Commerce, so it checks that parameter itself: an empty or odd one is the caller's 400,
 * not a Commerce 404 reported as 502.
 */
export function assertBaseSiteId(value: unknown): void {
  if (typeof value !== 'string' || !BASE_SITE_ID.test(value)) {
    throw new ValidationError('baseSiteId', "Path parameter 'baseSiteId' must be 1 to 64 letters, digits, '_' or '-'");
  }
}
