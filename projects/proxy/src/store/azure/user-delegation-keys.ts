import type { BlobServiceClient, UserDelegationKey } from '@azure/storage-blob';

/** how long one key is asked for (the service allows up to 7 days) */
const KEY_LIFETIME_MS = 6 * 60 * 60 * 1000;
/** a key starts this far back, for a service clock behind ours */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * The user delegation key that signs SAS URLs when the proxy signs in with a token (a managed or
 * workload identity) instead of the account key: asked of the service, and reused until a URL
 * would outlive it.
 */
export class UserDelegationKeys {
  private key?: Promise<UserDelegationKey>;
  private keyExpiresAt = 0;

  constructor(
    private readonly service: BlobServiceClient,
    private readonly timeoutMs: number,
  ) {}

  /** A key valid at least until `until`. */
  keyFor(until: Date): Promise<UserDelegationKey> {
    if (this.key === undefined || this.keyExpiresAt <= until.getTime()) {
      const now = Date.now();
      this.keyExpiresAt = now + KEY_LIFETIME_MS;
      const key = this.service
        .getUserDelegationKey(new Date(now - CLOCK_SKEW_MS), new Date(this.keyExpiresAt), { abortSignal: AbortSignal.timeout(this.timeoutMs) })
        .catch((error: unknown) => {
          if (this.key === key) this.key = undefined; // asked again next time
          throw error;
        });
      this.key = key;
    }
    return this.key;
  }
}
