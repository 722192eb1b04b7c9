import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { describeDatabase, openStores } from '../compose';
import { ingestBatch, ManifestError, type IngestProgress } from '../documents/ingest/ingest-batch';

const USAGE =
  'Usage: node dist/cli/ingest.js <batch-folder> [--report=<file.json>]   (the folder holds manifest.json or manifest.csv; ' +
  'DATABASE_URL or DATA_DIR / DATABASE_PATH, and DOCUMENT_STORE_DIR select the store; --report writes the outcome per entry, ' +
  'with the document ids, as JSON)';

/** Imports a batch output folder; exit 0 = all good, 1 = some entries rejected, 2 = nothing could be read. */
async function run(argv: string[]): Promise<number> {
  const reportArg = argv.find((a) => a.startsWith('--report='));
  const positional = argv.filter((a) => a !== reportArg);
  const folder = positional[0];
  if (!folder || folder === '--help' || folder === '-h' || positional.length > 1 || reportArg === '--report=') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const stores = await openStores(config);
  try {
    const out = (line: string) => process.stdout.write(`${line}\n`);
    out(`Importing ${path.resolve(folder)} into ${describeDatabase(config)} and ${stores.content.description}`);
    const report = await ingestBatch(folder, stores, {
      rules: { actionUrlAllowedHosts: config.actionUrlAllowedHosts },
      onProgress: (event, { done, total }) => out(`[${done}/${total}] ${describe(event)}`),
    });
    out(
      `Done: ${report.total} entries, ${report.imported.length} imported, ` +
        `${report.skipped.length} skipped (already imported), ${report.rejected.length} rejected`,
    );
    if (reportArg) await fs.writeFile(reportArg.slice('--report='.length), `${JSON.stringify(report, null, 2)}\n`, 'utf8');
    for (const rejected of report.rejected) {
      process.stderr.write(`rejected #${rejected.index} ${rejected.file}: ${rejected.reason}\n`);
    }
    return report.rejected.length > 0 ? 1 : 0;
  } finally {
    await stores.store.close();
  }
}

function describe(event: IngestProgress): string {
  switch (event.outcome) {
    case 'imported':
      return `imported ${event.number} (${event.file}) as ${event.id}`;
    case 'skipped':
      return `skipped  ${event.number} (${event.file}): already imported as ${event.id}`;
    case 'rejected':
      return `REJECTED ${event.file}: ${event.reason}`;
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof ManifestError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`Ingest failed: ${(error as Error).stack ?? String(error)}\n`);
    }
    process.exitCode = 2;
  },
);
