import * as fs from 'node:fs/promises';
import { ConfigError, loadConfig } from '../config';
import { describeDatabase, openStores } from '../compose';
import { verifyChain, type ChainProblem } from '../documents/audit/audit-chain';
import type { AuditEvent } from '../documents/audit/audit-event';

const USAGE =
  'Usage: node dist/cli/audit-verify.js [--file <export.json>]\n' +
  '  without --file: verifies the whole audit trail in the store (DATABASE_URL or DATA_DIR / DATABASE_PATH)\n' +
  '  with --file: verifies an export of GET /integration/v1/audit';
const PAGE = 5_000;

/** Exit 0 = chain intact, 1 = tampering detected, 2 = could not run. */
async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (argv.length > 0 && !(argv.length === 2 && argv[0] === '--file')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let events: AuditEvent[];
  let problems: ChainProblem[];
  let source: string;
  if (argv[0] === '--file') {
    source = argv[1];
    const parsed = JSON.parse(await fs.readFile(argv[1], 'utf8')) as { events?: AuditEvent[] };
    if (!Array.isArray(parsed.events)) throw new Error(`${argv[1]} has no 'events' array`);
    events = parsed.events;
    // An export may start after the first event (from=…); it is checked as a run of its own.
    problems = verifyChain(events, { fromGenesis: events[0]?.seq === 1 });
  } else {
    const config = loadConfig();
    source = describeDatabase(config);
    const { store } = await openStores(config);
    try {
      events = [];
      for (let afterSeq = 0; ; ) {
        const page = await store.listAudit({ afterSeq, limit: PAGE });
        events.push(...page);
        if (page.length < PAGE) break;
        afterSeq = page[page.length - 1].seq;
      }
      problems = verifyChain(events, { head: await store.auditHead(), fromGenesis: true });
    } finally {
      await store.close();
    }
  }
  if (problems.length === 0) {
    const last = events[events.length - 1];
    process.stdout.write(
      `Audit trail OK: ${events.length} events in ${source}` + (last ? `, head #${last.seq} ${last.hash}\n` : '\n'),
    );
    return 0;
  }
  process.stdout.write(`Audit trail BROKEN: ${problems.length} problem(s) in ${events.length} events of ${source}\n`);
  for (const p of problems) process.stdout.write(`  event #${p.seq}: ${p.problem}\n`);
  return 1;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `Audit verification failed to run: ${(error as Error).message}\n`);
    process.exitCode = 2;
  },
);
