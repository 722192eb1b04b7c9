import { randomBytes } from 'node:crypto';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

interface AccessTokenRecord {
  uid: string;
  expiresAt: number;
  refreshToken: string;
}

interface RefreshTokenRecord {
  uid: string;
  expiresAt: number;
}

export type TokenCheck = { ok: true; uid: string } | { ok: false; reason: 'unknown' | 'expired' };

/**
 * Opaque random OAuth tokens held in memory, as the Commerce authorization server would issue
 * them. Access tokens live `ttlSeconds`; refresh tokens 30 days. A refresh grant issues a new
 * access token and keeps the refresh token (Commerce's default behaviour).
 */
export class TokenStore {
  private readonly access = new Map<string, AccessTokenRecord>();
  private readonly refresh = new Map<string, RefreshTokenRecord>();

  constructor(
    private readonly ttlSeconds: number,
    private readonly refreshTtlSeconds = 30 * 24 * 3600,
    private readonly now: () => number = Date.now,
  ) {}

  issue(uid: string): IssuedTokens {
    const refreshToken = newToken();
    this.refresh.set(refreshToken, { uid, expiresAt: this.now() + this.refreshTtlSeconds * 1000 });
    return this.issueAccess(uid, refreshToken);
  }

  /** Exchanges a refresh token for a new access token, or returns undefined when it is not valid. */
  refreshGrant(refreshToken: string): IssuedTokens | undefined {
    const record = this.refresh.get(refreshToken);
    if (!record) {
      return undefined;
    }
    if (record.expiresAt <= this.now()) {
      this.refresh.delete(refreshToken);
      return undefined;
    }
    return this.issueAccess(record.uid, refreshToken);
  }

  check(accessToken: string): TokenCheck {
    const record = this.access.get(accessToken);
    if (!record) {
      return { ok: false, reason: 'unknown' };
    }
    if (record.expiresAt <= this.now()) {
      return { ok: false, reason: 'expired' };
    }
    return { ok: true, uid: record.uid };
  }

  /** Revokes an access or refresh token (revoking a refresh token also ends its access tokens). */
  revoke(token: string): void {
    this.access.delete(token);
    if (this.refresh.delete(token)) {
      for (const [key, record] of this.access) {
        if (record.refreshToken === token) {
          this.access.delete(key);
        }
      }
    }
  }

  /** Test hook: lets every access token (and optionally every refresh token) expire now. */
  expireAll(includeRefreshTokens = false): number {
    const past = this.now() - 1;
    for (const record of this.access.values()) {
      record.expiresAt = past;
    }
    if (includeRefreshTokens) {
      for (const record of this.refresh.values()) {
        record.expiresAt = past;
      }
    }
    return this.access.size;
  }

  private issueAccess(uid: string, refreshToken: string): IssuedTokens {
    this.dropExpired();
    const accessToken = newToken();
    this.access.set(accessToken, { uid, expiresAt: this.now() + this.ttlSeconds * 1000, refreshToken });
    return { accessToken, refreshToken, expiresIn: this.ttlSeconds };
  }

  private dropExpired(): void {
    // Expired access tokens are kept for a day so that they answer "expired", not "unknown".
    const horizon = this.now() - 24 * 3600 * 1000;
    for (const [key, record] of this.access) {
      if (record.expiresAt < horizon) {
        this.access.delete(key);
      }
    }
  }
}

function newToken(): string {
  return randomBytes(24).toString('base64url');
}
