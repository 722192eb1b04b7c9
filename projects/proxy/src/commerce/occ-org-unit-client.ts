import { InvalidTokenError, UpstreamFailureError, UpstreamUnavailableError } from '../errors';
import type { UnitDirectory, UnitNode } from '../documents/units/unit-directory';
import type { UpstreamOutcome } from '../observability/metrics';
import { occGet, TIMED_OUT } from './occ-get';
import type { OccUserClientOptions } from './occ-user-client';
import { HashedTtlCache } from './token-cache';

/**
 * Asks SAP Commerce which B2B units a token's user administers:
 * GET {baseUrl}{prefix}/{site}/users/current/availableOrgUnitNodes. Commerce refuses it (403) for a
 * user who administers none. Answers are kept briefly, keyed by a hash of site and token.
 */
export class OccOrgUnitClient implements UnitDirectory {
  private readonly cache: HashedTtlCache<UnitNode[]>;

  constructor(
    private readonly options: OccUserClientOptions,
    ttlMs: number,
  ) {
    this.cache = new HashedTtlCache<UnitNode[]>(ttlMs);
  }

  administeredUnits(baseSiteId: string, token: string): Promise<UnitNode[]> {
    return this.cache.get(`units\n${baseSiteId}\n${token}`, () => this.ask(baseSiteId, token));
  }

  private async ask(baseSiteId: string, token: string): Promise<UnitNode[]> {
    const started = performance.now();
    let outcome: UpstreamOutcome = 'error';
    try {
      const response = await occGet(this.options, baseSiteId, 'users/current/availableOrgUnitNodes', token).catch((error: Error) => {
        if ((error as { cause?: unknown }).cause === TIMED_OUT) outcome = 'timeout';
        throw error;
      });
      const body = (await response.json().catch(() => undefined)) as { unitNodes?: unknown } | undefined;
      if (response.status === 401) {
        outcome = 'rejected';
        throw new InvalidTokenError('Invalid access token: the token is unknown or expired');
      }
      if (response.status === 403) {
        outcome = 'ok';
        return [];
      }
      if (response.status >= 500) throw new UpstreamUnavailableError(`SAP Commerce answered ${response.status} when listing the units`);
      if (!response.ok || !Array.isArray(body?.unitNodes)) {
        throw new UpstreamFailureError(`SAP Commerce answered ${response.status} without unit nodes when listing the units`);
      }
      outcome = 'ok';
      return body.unitNodes.flatMap(toUnitNode);
    } finally {
      this.options.observe?.('users/current/availableOrgUnitNodes', outcome, (performance.now() - started) / 1000);
    }
  }
}

function toUnitNode(raw: unknown): UnitNode[] {
  const node = raw as { id?: unknown; name?: unknown; parent?: unknown; active?: unknown } | null;
  if (typeof node !== 'object' || node === null || typeof node.id !== 'string' || node.id === '') return [];
  const unit: UnitNode = { id: node.id, active: node.active !== false };
  if (typeof node.name === 'string') unit.name = node.name;
  if (typeof node.parent === 'string' && node.parent !== '') unit.parent = node.parent;
  return [unit];
}
