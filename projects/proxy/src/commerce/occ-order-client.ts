import { InvalidTokenError, NotFoundError, UpstreamFailureError, UpstreamUnavailableError } from '../errors';
import type { OccOrder, OrderSource } from '../documents/generation/occ-order';
import { occGet } from './occ-get';
import type { OccUserClientOptions } from './occ-user-client';

/**
 * Loads an order with the caller's token:
 * GET {baseUrl}{prefix}/{site}/users/{current|uid}/orders/{code}?fields=FULL. Commerce answers only
 * the orders of a user the token may act for, so a successful answer also proves ownership.
 */
export class OccOrderClient implements OrderSource {
  constructor(private readonly options: OccUserClientOptions) {}

  async loadOrder(baseSiteId: string, token: string, orderCode: string, userId: string): Promise<OccOrder> {
    const path = `users/${encodeURIComponent(userId)}/orders/${encodeURIComponent(orderCode)}?fields=FULL`;
    const response = await occGet(this.options, baseSiteId, path, token);
    const body = (await response.json().catch(() => undefined)) as OccOrder | undefined;
    if (response.status === 401) throw new InvalidTokenError('Invalid access token: the token is unknown or expired');
    const error = firstOccError(body);
    // SAP Commerce answers an unknown or foreign order with 400 UnknownIdentifierError; 403/404 come from gateways in front
    if (response.status === 404 || response.status === 403 || (response.status === 400 && error?.type === 'UnknownIdentifierError')) {
      throw new NotFoundError(`Order with code '${orderCode}' not found`);
    }
    if (response.status === 400) {
      const what = error ? `${error.type ?? 'an error'}${error.message ? `: ${error.message}` : ''}` : 'no OCC error body';
      throw new UpstreamFailureError(`SAP Commerce refused the order request with 400 (${what})`);
    }
    if (response.status >= 500) throw new UpstreamUnavailableError(`SAP Commerce answered ${response.status} when loading the order`);
    if (!response.ok) throw new UpstreamFailureError(`SAP Commerce answered ${response.status} when loading the order`);
    if (!body || typeof body.code !== 'string' || body.code !== orderCode) {
      throw new UpstreamFailureError('SAP Commerce answered with an order that is not the requested one');
    }
    return body;
  }
}

/** The first entry of an OCC error body `{errors:[{type, message, ...}]}`, if the body is one. */
function firstOccError(body: unknown): { type?: string; message?: string } | undefined {
  const first = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(first) || typeof first[0] !== 'object' || first[0] === null) return undefined;
  const { type, message } = first[0] as { type?: unknown; message?: unknown };
  return { type: typeof type === 'string' ? type : undefined, message: typeof message === 'string' ? message.slice(0, 300) : undefined };
}
