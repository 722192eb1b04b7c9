import { describeDatabase } from '../compose';
import { collectUnreferencedContent, DEFAULT_GRACE_HOURS } from '../documents/content-gc/collect-unreferenced-content';
import { runStoreCommand } from './store-command';

const USAGE =
  'Usage: node dist/cli/content-gc.js [--dry-run] [--grace-hours=<n>] [--verbose]\n' +
  '  Removes stored document bytes that no document names and that were written (or put again) more than\n' +
  `  --grace-hours ago (default ${DEFAULT_GRACE_HOURS}, at least 1, so that an ingest in flight is never hurt): what a crash between\n` +
  '  an upload and the commit of its row left behind. DATABASE_URL or DATA_DIR / DATABASE_PATH, and DOCUMENT_STORE_DIR\n' +
  '  or DOCUMENT_STORE_URL select the store. --dry-run removes nothing and says what it would remove; --verbose\n' +
  '  prints a line per removed content.';
const MAX_GRACE_HOURS = 24 * 365;

interface Arguments {
  dryRun: boolean;
  verbose: boolean;
  graceHours: number;
}

function parseArguments(argv: string[]): Arguments | undefined {
  const parsed: Arguments = { dryRun: false, verbose: false, graceHours: DEFAULT_GRACE_HOURS };
  for (const arg of argv) {
    if (arg === '--dry-run') parsed.dryRun = true;
    else if (arg === '--verbose') parsed.verbose = true;
    else if (arg.startsWith('--grace-hours=')) {
      const value = arg.slice('--grace-hours='.length);
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_GRACE_HOURS) return undefined;
      parsed.graceHours = Number(value);
    } else return undefined;
  }
  return parsed;
}

/** Exit 0 = done (also when nothing was to remove), 2 = could not run. */
runStoreCommand<Arguments>({
  usage: USAGE,
  parse: parseArguments,
  failure: 'Content clean-up failed',
  async run(args, stores, config, out) {
    const verb = args.dryRun ? 'would remove' : 'removed';
    out(`Cleaning ${stores.content.description} against ${describeDatabase(config)}: unreferenced content older than ${args.graceHours} h${args.dryRun ? ' (dry run)' : ''}`);
    const summary = await collectUnreferencedContent(stores, {
      graceMs: args.graceHours * 3_600_000,
      dryRun: args.dryRun,
      onUnreferenced: args.verbose ? (content) => out(`${verb} ${content.sha256} (${content.size} bytes, last written ${content.lastModified.toISOString()})`) : undefined,
    });
    out(
      `Done: ${summary.stored} stored, ${summary.referenced} referenced, ${summary.young} unreferenced within the grace period (kept), ` +
        `${verb} ${summary.unreferenced} unreferenced (${(summary.unreferencedBytes / 1e6).toFixed(1)} MB), ` +
        `${summary.keptInUse} put again meanwhile (kept), ${verb} ${summary.abandonedUploads} abandoned upload files`,
    );
    return 0;
  },
});
