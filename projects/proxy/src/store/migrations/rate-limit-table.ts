/**
 * v7 (PostgreSQL only): the per-user rate limit's fixed windows, shared by every instance on the
 * database. One row per key (`uid:…`), overwritten when a new window starts.
 */
export const RATE_LIMIT_TABLE = `
  CREATE TABLE rate_limit_windows (
    key          TEXT    PRIMARY KEY,
    window_start BIGINT  NOT NULL,
    hits         INTEGER NOT NULL
  );
  CREATE INDEX rate_limit_windows_start ON rate_limit_windows (window_start);
`;
