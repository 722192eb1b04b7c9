// Seeds the list benchmark's stores: `total` documents, one owner with `bigCount`, one with
// `smallCount`, the rest spread over filler owners of about 100 each. Rows go in through the proxy's
// own migrations and insert columns (so search terms and counters are what the proxy writes),
// in large transactions.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { proxyDir, proxyDist } from './bench-support.mjs';

const require = createRequire(path.join(proxyDir, 'package.json'));
/** The proxy's own insert columns and values (read once the proxy is built). */
const rows = () => require(path.join(proxyDist, 'store/document-rows.js'));

export const BIG_OWNER = 'bench.big@example.com';
export const SMALL_OWNER = 'bench.small@example.com';
const TYPES = ['ORDER_CONFIRMATION', 'INVOICE', 'CREDIT_NOTE', 'SHIPMENT_NOTICE', 'WARRANTY', 'POLICY', 'TERMS', 'STATEMENT', 'PAYMENT_REMINDER', 'CORRESPONDENCE', 'RENEWAL_OFFER'];
const TYPE_WORDS = ['Auftragsbestätigung', 'Rechnung', 'Gutschrift', 'Versandbestätigung', 'Garantie', 'Police', 'Bedingungen', 'Kontoauszug', 'Zahlungserinnerung', 'Schreiben', 'Verlängerungsangebot'];
const SYLLABLES = ['mül', 'ler', 'kö', 'nig', 'bär', 'lin', 'sta', 'dt', 'grü', 'ne', 'wa', 'ld', 'fu', 'chs', 'ro', 'se'];
/** 2,000 made-up words (some with umlauts); a large owner's titles use them all, about 50 times each in 100,000 documents. */
export const WORDS = Array.from({ length: 2000 }, (_, i) => {
  let word = '';
  for (let n = i + 16; n > 0; n = Math.floor(n / 16)) word += SYLLABLES[n % 16];
  return word[0].toUpperCase() + word.slice(1);
});
/** Each word of an owner's titles is in at least 12 of its documents, so a search for one fills a page of 10. */
const DOCUMENTS_PER_WORD = 12;
/** Each owner has received about 10 documents a month since its first: a small account is a young one. */
const DOCUMENTS_PER_MONTH = 10;
const LAST = Date.UTC(2026, 0, 1);
const MONTH_MS = LAST - Date.UTC(2025, 11, 1);
/** At most 2018–2025. */
const MAX_SPAN = LAST - Date.UTC(2018, 0, 1);

/** The title word of an owner's `seq`-th document (owners of `count`). */
export function titleWord(seq, count) {
  const vocabulary = Math.max(1, Math.min(WORDS.length, Math.floor(count / DOCUMENTS_PER_WORD)));
  return WORDS[(seq * 7919) % vocabulary];
}

/** The `seq`-th document of an owner holding `count`: dates spread evenly up to the end of 2025, 30 % unread. */
export function benchDocument(ownerUid, seq, count) {
  const type = seq % TYPES.length;
  const span = Math.min(MAX_SPAN, Math.ceil(count / DOCUMENTS_PER_MONTH) * MONTH_MS);
  return {
    ownerUid,
    type: TYPES[type],
    title: `${TYPE_WORDS[type]} ${titleWord(seq, count)} ${seq}`,
    number: `INV-${String(seq).padStart(8, '0')}`,
    fileName: `INV-${seq}.pdf`,
    orderCode: seq % 4 === 0 ? undefined : `O${Math.floor(seq / 3)}`,
    createdAt: new Date(LAST - span + Math.floor(((seq + 0.5) / count) * span)),
    mimeType: 'application/pdf',
    size: 50_000 + (seq % 1000),
    sha256: `${seq.toString(16).padStart(16, '0')}${'0'.repeat(48)}`,
    language: 'de',
    readByOwner: seq % 10 >= 3,
  };
}

/** Every (owner, count) of the store: the big and the small owner, then fillers of ~100 each. */
export function* owners(total, bigCount, smallCount) {
  yield [BIG_OWNER, bigCount];
  yield [SMALL_OWNER, smallCount];
  let left = total - bigCount - smallCount;
  for (let k = 0; left > 0; k++) {
    const count = Math.min(left, 100);
    yield [`filler-${k}@example.com`, count];
    left -= count;
  }
}

function* allDocuments(total, bigCount, smallCount) {
  let n = 0;
  for (const [owner, count] of owners(total, bigCount, smallCount)) {
    for (let seq = 0; seq < count; seq++) yield [`bench-${n++}`, benchDocument(owner, seq, count)];
  }
}

/** SQLite: the proxy's store opens (migrates) the file, then rows go in 20,000 per transaction. */
export async function seedSqlite(file, { total, bigCount, smallCount, progress }) {
  const { documentInsertValues, DOCUMENT_INSERT_COLUMNS, DOCUMENT_INSERT_COLUMN_COUNT } = rows();
  const { SqliteDocumentStore } = require(path.join(proxyDist, 'store/sqlite/sqlite-document-store.js'));
  await SqliteDocumentStore.open(file).close();
  const Database = require('better-sqlite3');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert = db.prepare(`INSERT INTO documents (${DOCUMENT_INSERT_COLUMNS}) VALUES (${Array(DOCUMENT_INSERT_COLUMN_COUNT).fill('?').join(', ')})`);
  const batch = db.transaction((rows) => {
    for (const [id, doc] of rows) insert.run(...documentInsertValues(id, doc, 0));
  });
  let pending = [];
  let done = 0;
  for (const row of allDocuments(total, bigCount, smallCount)) {
    pending.push(row);
    if (pending.length === 20_000) {
      batch(pending);
      done += pending.length;
      pending = [];
      progress(done);
    }
  }
  batch(pending);
  db.exec('ANALYZE');
  db.close();
}

/** PostgreSQL: the proxy's store migrates the schema, then rows go in 5,000 per statement (unnest), then VACUUM ANALYZE. */
export async function seedPostgres(databaseUrl, schema, { total, bigCount, smallCount, progress }) {
  const { documentInsertValues, DOCUMENT_INSERT_COLUMNS } = rows();
  const { PgDocumentStore } = require(path.join(proxyDist, 'store/postgres/pg-document-store.js'));
  const { Client } = require('pg');
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await (await PgDocumentStore.open(databaseUrl, { schema })).close();
  await admin.query(`SET search_path TO ${schema}`);
  await admin.query('SET synchronous_commit = off');
  const { rows: types } = await admin.query(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a
     WHERE a.attrelid = '${schema}.documents'::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
  );
  const columns = DOCUMENT_INSERT_COLUMNS.split(',').map((c) => c.trim());
  const typeOf = new Map(types.map((t) => [t.name, t.type]));
  // JSON columns travel as text arrays and are cast per row.
  const arrayType = (c) => (typeOf.get(c) === 'jsonb' ? 'text' : typeOf.get(c));
  const sql = `INSERT INTO documents (${columns.join(', ')}) SELECT ${columns
    .map((c) => (typeOf.get(c) === 'jsonb' ? `${c}::jsonb` : c))
    .join(', ')} FROM unnest(${columns.map((c, i) => `$${i + 1}::${arrayType(c)}[]`).join(', ')}) AS t(${columns.join(', ')})`;
  let pending = [];
  let done = 0;
  const flush = async () => {
    const values = columns.map(() => []);
    for (const [id, doc] of pending) documentInsertValues(id, doc, 0).forEach((v, i) => values[i].push(v));
    await admin.query(sql, values);
    done += pending.length;
    pending = [];
    progress(done);
  };
  for (const row of allDocuments(total, bigCount, smallCount)) {
    pending.push(row);
    if (pending.length === 5_000) await flush();
  }
  if (pending.length > 0) await flush();
  await admin.query('VACUUM ANALYZE documents');
  await admin.query('VACUUM ANALYZE owner_type_counts');
  await admin.query('VACUUM ANALYZE owner_period_counts');
  await admin.end();
}
