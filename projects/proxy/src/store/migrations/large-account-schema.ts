import type { MigrationDialect } from './migration';

/**
 * Large accounts (SQLite v7, PostgreSQL v8), part 1: the owner's read state on the documents row,
 * the tagged search terms (filled in by the runner's backfill, in JS: the normalisation has one
 * definition, `documents/search-text.ts`), per-owner counters per type and the list indexes.
 * Part 2 (`largeAccountSearchIndex`) builds the text index once the terms are there.
 */
export function largeAccountColumns(dialect: MigrationDialect): string {
  const bigint = dialect === 'sqlite' ? 'INTEGER' : 'BIGINT';
  return `
    ALTER TABLE documents ADD COLUMN owner_read SMALLINT NOT NULL DEFAULT 0;
    ALTER TABLE documents ADD COLUMN search_terms TEXT NOT NULL DEFAULT '';
    UPDATE documents SET owner_read = 1
      WHERE EXISTS (SELECT 1 FROM document_reads r WHERE r.document_id = documents.id AND r.user_uid = documents.owner_uid);
    -- Per owner and type: documents, how many the owner has read, and their bytes. Kept by triggers in
    -- the writing transaction, so the unfiltered and type-only totals and facets cost one short read.
    CREATE TABLE owner_type_counts (
      owner_uid   TEXT    NOT NULL,
      type        TEXT    NOT NULL,
      total       ${bigint} NOT NULL,
      read_count  ${bigint} NOT NULL,
      total_bytes ${bigint} NOT NULL,
      PRIMARY KEY (owner_uid, type)
    )${dialect === 'sqlite' ? ' WITHOUT ROWID' : ''};
    INSERT INTO owner_type_counts (owner_uid, type, total, read_count, total_bytes)
      SELECT owner_uid, type, COUNT(*), SUM(owner_read), SUM(size) FROM documents GROUP BY owner_uid, type;
    ${dialect === 'sqlite' ? sqliteTriggers() : postgresTriggers()}
    -- The unread list in date order, and date ranges counted from the index alone.
    CREATE INDEX documents_owner_read_date ON documents (owner_uid, owner_read, created_at DESC, number DESC, id);
    CREATE INDEX documents_owner_created_facets ON documents (owner_uid, created_at, type, owner_read, size);
    DROP INDEX documents_owner_created;
  `;
}

/** Part 2: the text index over `search_terms`, after the backfill. */
export function largeAccountSearchIndex(dialect: MigrationDialect): string {
  if (dialect === 'postgres') {
    return `
      ALTER TABLE documents ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (array_to_tsvector(string_to_array(search_terms, ' '))) STORED;
      CREATE INDEX documents_search ON documents USING gin (search_vector);
    `;
  }
  // FTS5 keeps its own copy of the terms; document_id (a token too) finds a row to delete.
  const remove = (row: 'OLD') =>
    `DELETE FROM document_search WHERE document_search MATCH 'document_id : "' || replace(${row}.id, '"', '') || '"' AND document_id = ${row}.id;`;
  return `
    CREATE VIRTUAL TABLE document_search USING fts5(terms, document_id, tokenize = 'unicode61 remove_diacritics 0');
    INSERT INTO document_search (terms, document_id) SELECT search_terms, id FROM documents;
    CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN
      INSERT INTO document_search (terms, document_id) VALUES (NEW.search_terms, NEW.id);
    END;
    CREATE TRIGGER documents_search_update AFTER UPDATE OF search_terms, id ON documents BEGIN
      ${remove('OLD')}
      INSERT INTO document_search (terms, document_id) VALUES (NEW.search_terms, NEW.id);
    END;
    CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN
      ${remove('OLD')}
    END;
  `;
}

const COUNT_CHANGED = 'OLD.owner_uid IS NOT NEW.owner_uid OR OLD.type IS NOT NEW.type OR OLD.owner_read IS NOT NEW.owner_read OR OLD.size IS NOT NEW.size';

function sqliteTriggers(): string {
  const add = (row: 'NEW') => `INSERT INTO owner_type_counts (owner_uid, type, total, read_count, total_bytes)
        VALUES (${row}.owner_uid, ${row}.type, 1, ${row}.owner_read, ${row}.size)
        ON CONFLICT (owner_uid, type) DO UPDATE SET total = total + 1, read_count = read_count + excluded.read_count,
          total_bytes = total_bytes + excluded.total_bytes;`;
  const subtract = (row: 'OLD') => `UPDATE owner_type_counts SET total = total - 1, read_count = read_count - ${row}.owner_read,
          total_bytes = total_bytes - ${row}.size WHERE owner_uid = ${row}.owner_uid AND type = ${row}.type;`;
  const readState = (row: 'NEW' | 'OLD', value: 0 | 1) =>
    `UPDATE documents SET owner_read = ${value} WHERE id = ${row}.document_id AND owner_uid = ${row}.user_uid AND owner_read <> ${value};`;
  return `
    CREATE TRIGGER documents_counts_insert AFTER INSERT ON documents BEGIN
      ${add('NEW')}
    END;
    CREATE TRIGGER documents_counts_update AFTER UPDATE ON documents WHEN ${COUNT_CHANGED} BEGIN
      ${subtract('OLD')}
      ${add('NEW')}
    END;
    CREATE TRIGGER documents_counts_delete AFTER DELETE ON documents BEGIN
      ${subtract('OLD')}
    END;
    CREATE TRIGGER document_reads_owner_read_insert AFTER INSERT ON document_reads BEGIN
      ${readState('NEW', 1)}
    END;
    CREATE TRIGGER document_reads_owner_read_delete AFTER DELETE ON document_reads BEGIN
      ${readState('OLD', 0)}
    END;
  `;
}

function postgresTriggers(): string {
  return `
    CREATE FUNCTION keep_owner_type_counts() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND NOT (${COUNT_CHANGED.replace(/ IS NOT /g, ' IS DISTINCT FROM ')}) THEN
        RETURN NULL;
      END IF;
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE owner_type_counts SET total = total - 1, read_count = read_count - OLD.owner_read, total_bytes = total_bytes - OLD.size
          WHERE owner_uid = OLD.owner_uid AND type = OLD.type;
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO owner_type_counts AS c (owner_uid, type, total, read_count, total_bytes)
          VALUES (NEW.owner_uid, NEW.type, 1, NEW.owner_read, NEW.size)
          ON CONFLICT (owner_uid, type) DO UPDATE SET total = c.total + 1, read_count = c.read_count + EXCLUDED.read_count,
            total_bytes = c.total_bytes + EXCLUDED.total_bytes;
      END IF;
      RETURN NULL;
    END
    $$;
    CREATE TRIGGER documents_owner_type_counts AFTER INSERT OR UPDATE OR DELETE ON documents
      FOR EACH ROW EXECUTE FUNCTION keep_owner_type_counts();
    CREATE FUNCTION keep_owner_read() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        UPDATE documents SET owner_read = 1 WHERE id = NEW.document_id AND owner_uid = NEW.user_uid AND owner_read <> 1;
      ELSE
        UPDATE documents SET owner_read = 0 WHERE id = OLD.document_id AND owner_uid = OLD.user_uid AND owner_read <> 0;
      END IF;
      RETURN NULL;
    END
    $$;
    CREATE TRIGGER document_reads_owner_read AFTER INSERT OR DELETE ON document_reads
      FOR EACH ROW EXECUTE FUNCTION keep_owner_read();
  `;
}
