import type { MigrationDialect } from './migration';

/**
 * Per owner, calendar period (UTC day and UTC month) and type: documents and how many the owner has
 * read, kept by triggers in the writing transaction (SQLite v9, PostgreSQL v10). A date-range list
 * then takes its total and facets from a few counter rows instead of counting the matching documents.
 */
export function periodCounts(dialect: MigrationDialect): string {
  const bigint = dialect === 'sqlite' ? 'INTEGER' : 'BIGINT';
  return `
    CREATE TABLE owner_period_counts (
      owner_uid    TEXT     NOT NULL,
      granularity  TEXT     NOT NULL CHECK (granularity IN ('day', 'month')),
      period_start ${bigint} NOT NULL,
      type         TEXT     NOT NULL,
      total        ${bigint} NOT NULL,
      read_count   ${bigint} NOT NULL,
      PRIMARY KEY (owner_uid, granularity, period_start, type)
    )${dialect === 'sqlite' ? ' WITHOUT ROWID' : ''};
    INSERT INTO owner_period_counts (owner_uid, granularity, period_start, type, total, read_count)
      SELECT owner_uid, 'day', ${dayStart(dialect, 'created_at')}, type, COUNT(*), SUM(owner_read)
      FROM documents GROUP BY owner_uid, ${dayStart(dialect, 'created_at')}, type;
    INSERT INTO owner_period_counts (owner_uid, granularity, period_start, type, total, read_count)
      SELECT owner_uid, 'month', ${monthStart(dialect, 'created_at')}, type, COUNT(*), SUM(owner_read)
      FROM documents GROUP BY owner_uid, ${monthStart(dialect, 'created_at')}, type;
    ${dialect === 'sqlite' ? sqliteTriggers() : postgresTriggers()}
  `;
}

/** The start (epoch milliseconds, UTC) of the day holding `column` (epoch milliseconds). */
function dayStart(dialect: MigrationDialect, column: string): string {
  return dialect === 'sqlite' ? `((${column} / 86400000) * 86400000)` : `((${column} / 86400000) * 86400000)::bigint`;
}

/** The start (epoch milliseconds, UTC) of the month holding `column`. */
function monthStart(dialect: MigrationDialect, column: string): string {
  return dialect === 'sqlite'
    ? `(CAST(strftime('%s', ${column} / 1000, 'unixepoch', 'start of month') AS INTEGER) * 1000)`
    : `(extract(epoch FROM date_trunc('month', to_timestamp(${column} / 1000.0) AT TIME ZONE 'UTC')) * 1000)::bigint`;
}

const CHANGED = 'OLD.owner_uid IS NOT NEW.owner_uid OR OLD.type IS NOT NEW.type OR OLD.owner_read IS NOT NEW.owner_read OR OLD.created_at IS NOT NEW.created_at';

function sqliteTriggers(): string {
  const change = (row: 'NEW' | 'OLD', sign: 1 | -1) =>
    (['day', 'month'] as const)
      .map((granularity) => {
        const start = granularity === 'day' ? dayStart('sqlite', `${row}.created_at`) : monthStart('sqlite', `${row}.created_at`);
        const read = sign === 1 ? `${row}.owner_read` : `-${row}.owner_read`;
        return `INSERT INTO owner_period_counts (owner_uid, granularity, period_start, type, total, read_count)
          VALUES (${row}.owner_uid, '${granularity}', ${start}, ${row}.type, ${sign}, ${read})
          ON CONFLICT (owner_uid, granularity, period_start, type) DO UPDATE
          SET total = total + excluded.total, read_count = read_count + excluded.read_count;`;
      })
      .join('\n      ');
  return `
    CREATE TRIGGER documents_period_counts_insert AFTER INSERT ON documents BEGIN
      ${change('NEW', 1)}
    END;
    CREATE TRIGGER documents_period_counts_update AFTER UPDATE ON documents WHEN ${CHANGED} BEGIN
      ${change('OLD', -1)}
      ${change('NEW', 1)}
    END;
    CREATE TRIGGER documents_period_counts_delete AFTER DELETE ON documents BEGIN
      ${change('OLD', -1)}
    END;
  `;
}

function postgresTriggers(): string {
  const change = (row: 'NEW' | 'OLD', sign: 1 | -1) =>
    `INSERT INTO owner_period_counts AS c (owner_uid, granularity, period_start, type, total, read_count)
          VALUES (${row}.owner_uid, 'day', ${dayStart('postgres', `${row}.created_at`)}, ${row}.type, ${sign}, ${sign} * ${row}.owner_read),
                 (${row}.owner_uid, 'month', ${monthStart('postgres', `${row}.created_at`)}, ${row}.type, ${sign}, ${sign} * ${row}.owner_read)
          ON CONFLICT (owner_uid, granularity, period_start, type) DO UPDATE
          SET total = c.total + EXCLUDED.total, read_count = c.read_count + EXCLUDED.read_count;`;
  return `
    CREATE FUNCTION keep_owner_period_counts() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND NOT (${CHANGED.replace(/ IS NOT /g, ' IS DISTINCT FROM ')}) THEN
        RETURN NULL;
      END IF;
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        ${change('OLD', -1)}
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        ${change('NEW', 1)}
      END IF;
      RETURN NULL;
    END
    $$;
    CREATE TRIGGER documents_owner_period_counts AFTER INSERT OR UPDATE OR DELETE ON documents
      FOR EACH ROW EXECUTE FUNCTION keep_owner_period_counts();
  `;
}
