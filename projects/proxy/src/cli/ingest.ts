// The flush of a batch's files runs many fsyncs at once; libuv's default of 4 threads would serialize them.
process.env['UV_THREADPOOL_SIZE'] ??= '32';
import * as path from 'node:path';
import { describeDatabase } from '../compose';
import {
  DEFAULT_INGEST_BATCH_SIZE,
  DEFAULT_INGEST_CONCURRENCY,
  ingestBatchCounts,
  ManifestError,
  type IngestProgress,
} from '../documents/ingest/ingest-batch';
import { IngestProgressMeter } from './ingest-progress';
import { IngestReportWriter } from './ingest-report';
import { runStoreCommand } from './store-command';

const USAGE =
  'Usage: node dist/cli/ingest.js <batch-folder> [--report=<file.json>] [--verbose] [--batch-size=<n>] [--concurrency=<n>]\n' +
  '  The folder holds manifest.json or manifest.csv. DATABASE_URL or DATA_DIR / DATABASE_PATH, and DOCUMENT_STORE_DIR or\n' +
  '  DOCUMENT_STORE_URL select the store. --report writes the outcome per entry, with the document ids, as JSON;\n' +
  `  --verbose prints a line per entry; --batch-size (default ${DEFAULT_INGEST_BATCH_SIZE}, 1–1000) entries are committed per\n` +
  `  transaction; --concurrency (default ${DEFAULT_INGEST_CONCURRENCY}, 1–64) files are stored at the same time.`;

/** How often the progress line is printed at most. */
const PROGRESS_INTERVAL_MS = 1_000;

interface Arguments {
  folder: string;
  report?: string;
  verbose: boolean;
  batchSize: number;
  concurrency: number;
}

function parseArguments(argv: string[]): Arguments | undefined {
  const positional: string[] = [];
  const parsed: Partial<Arguments> = { verbose: false, batchSize: DEFAULT_INGEST_BATCH_SIZE, concurrency: DEFAULT_INGEST_CONCURRENCY };
  const count = (value: string, max: number) => (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= max ? Number(value) : undefined);
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') return undefined;
    else if (arg === '--verbose') parsed.verbose = true;
    else if (arg.startsWith('--report=')) parsed.report = arg.slice('--report='.length) || undefined;
    else if (arg.startsWith('--batch-size=')) parsed.batchSize = count(arg.slice('--batch-size='.length), 1000);
    else if (arg.startsWith('--concurrency=')) parsed.concurrency = count(arg.slice('--concurrency='.length), 64);
    else if (arg.startsWith('--')) return undefined;
    else positional.push(arg);
    if (arg.startsWith('--report=') && parsed.report === undefined) return undefined;
  }
  if (positional.length !== 1 || parsed.batchSize === undefined || parsed.concurrency === undefined) return undefined;
  return { ...parsed, folder: positional[0] } as Arguments;
}

/** Imports a batch output folder; exit 0 = all good, 1 = some entries rejected, 2 = nothing could be read. */
runStoreCommand<Arguments>({
  usage: USAGE,
  parse: parseArguments,
  failure: 'Ingest failed',
  knownErrors: [ManifestError],
  async run(args, stores, config, out) {
    out(`Importing ${path.resolve(args.folder)} into ${describeDatabase(config)} and ${stores.content.description}`);
    const started = Date.now();
    const meter = new IngestProgressMeter(started);
    let printedAt = 0;
    const reportWriter = args.report ? await IngestReportWriter.open(args.report) : undefined;
    try {
      const counts = await ingestBatchCounts(args.folder, stores, {
        rules: { actionUrlAllowedHosts: config.actionUrlAllowedHosts },
        batchSize: args.batchSize,
        concurrency: args.concurrency,
        onProgress: (event, { done, total }) => {
          if (args.verbose) out(`[${done}/${total}] ${describe(event)}`);
          if (event.outcome === 'rejected') process.stderr.write(`rejected #${event.index} ${event.file}: ${event.reason}\n`);
          return reportWriter?.add(event);
        },
        onBatch: (position) => {
          const now = Date.now();
          if (now - printedAt < PROGRESS_INTERVAL_MS && position.done < position.total) return;
          printedAt = now;
          out(meter.line(position, now));
        },
      });
      out(
        `Done: ${counts.total} entries, ${counts.imported} imported, ` +
          `${counts.skipped} skipped (already imported), ${counts.rejected} rejected in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      await reportWriter?.close(counts.total);
      return counts.rejected > 0 ? 1 : 0;
    } finally {
      reportWriter?.discardParts();
    }
  },
});

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
