import { AccessDeniedError, InvalidTokenError, UpstreamFailureError, UpstreamUnavailableError } from '../errors';
import type { ShopperIdentityProvider } from '../documents/identity';
import type { Shopper } from '../documents/model';
import type { UpstreamObserver, UpstreamOutcome } from '../observability/metrics';
import { occGet, TIMED_OUT, type OccTarget } from './occ-get';

export interface OccUserClientOptions extends OccTarget {
  /** told the duration and outcome of every call */
  observe?: UpstreamObserver;
}

/**
 * Asks SAP Commerce who owns a token (GET {baseUrl}{prefix}/{site}/users/current) and whether it
 * may act for another user (GET …/users/{userId}: OCC answers it for the token's own user and, for
 * a customer-service agent's token, for the customers Commerce lets the agent assist).
 * The token only ever travels in the Authorization header; it is never logged or put in errors.
 */
export class OccUserClient implements ShopperIdentityProvider {
  constructor(private readonly options: OccUserClientOptions) {}

  identify(baseSiteId: string, token: string): Promise<Shopper> {
    return this.observed('users/current', () => this.ask(baseSiteId, token, 'current'));
  }

  customerFor(baseSiteId: string, token: string, userId: string): Promise<Shopper> {
    return this.observed('users/{userId}', () => this.ask(baseSiteId, token, userId));
  }

  private async observed(call: string, ask: () => Promise<Shopper>): Promise<Shopper> {
    const started = performance.now();
    let outcome: UpstreamOutcome = 'error';
    try {
      const shopper = await ask();
      outcome = 'ok';
      return shopper;
    } catch (error) {
      if (error instanceof InvalidTokenError || error instanceof AccessDeniedError) outcome = 'rejected';
      else if ((error as { cause?: unknown }).cause === TIMED_OUT) outcome = 'timeout';
      throw error;
    } finally {
      this.options.observe?.(call, outcome, (performance.now() - started) / 1000);
    }
  }

  private async ask(baseSiteId: string, token: string, userId: string): Promise<Shopper> {
    const response = await occGet(this.options, baseSiteId, `users/${encodeURIComponent(userId)}`, token);

    if (response.status === 401) {
      await discard(response);
      throw new InvalidTokenError('Invalid access token: the token is unknown or expired');
    }
    if (response.status === 403 || (userId !== 'current' && (response.status === 400 || response.status === 404))) {
      await discard(response);
      // an unknown user and one the token may not act for are refused alike: no hint which it was
      throw new AccessDeniedError(
        userId === 'current'
          ? 'Access is denied: the token does not belong to a customer'
          : `Access is denied: user '${userId}' is not the user of the access token`,
      );
    }
    if (response.status >= 500) {
      await discard(response);
      throw new UpstreamUnavailableError(`SAP Commerce answered ${response.status} when checking the token`);
    }
    if (!response.ok) {
      await discard(response);
      throw new UpstreamFailureError(`SAP Commerce answered ${response.status} when checking the token`);
    }

    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new UpstreamFailureError('SAP Commerce answered with a body that is not JSON');
    }
    const user = (body ?? {}) as { uid?: unknown; name?: unknown; orgUnit?: unknown; roles?: unknown };
    if (typeof user.uid !== 'string' || user.uid.trim() === '') {
      throw new UpstreamFailureError('SAP Commerce answered without a user uid');
    }
    const shopper: Shopper = { uid: user.uid };
    if (typeof user.name === 'string') shopper.name = user.name;
    return { ...shopper, ...b2bProfileOf(user) };
  }
}

/** A B2B customer's unit and user groups, as b2bcommercewebservices adds them to the User. */
function b2bProfileOf(user: { orgUnit?: unknown; roles?: unknown }): Pick<Shopper, 'orgUnit' | 'roles'> {
  const unit = user.orgUnit as { uid?: unknown; name?: unknown } | undefined;
  if (typeof unit !== 'object' || unit === null || typeof unit.uid !== 'string' || unit.uid === '') return {};
  const roles = Array.isArray(user.roles) ? user.roles.filter((role): role is string => typeof role === 'string') : [];
  return { orgUnit: typeof unit.name === 'string' ? { uid: unit.uid, name: unit.name } : { uid: unit.uid }, roles };
}

async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // nothing to release
  }
}

