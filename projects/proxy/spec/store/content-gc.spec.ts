import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BlobServiceClient } from '@azure/storage-blob';
import { loadConfig } from '../../src/config';
import { openStores, type Stores } from '../../src/compose';
import { collectUnreferencedContent } from '../../src/documents/content-gc/collect-unreferenced-content';
import { ContentMissingError } from '../../src/errors';
import { sharedAzurite } from '../support/azurite';
import { tempDir } from '../support/batch';
import { minimalPdf } from '../support/pdf';
import { dropSchema, freshSchema, requirePostgres, TEST_DATABASE_URL } from '../support/postgres';
import { DOC } from './store-contract';

const CLI = path.resolve(__dirname, '../../src/cli/content-gc.js');
const HOUR = 3_600_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface OpenedPair {
  stores: Stores;
  remove(): Promise<void>;
}

function describeContentGc(name: string, open: (root: string) => Promise<OpenedPair>): void {
  describe(`content clean-up (${name})`, () => {
    let root: string;
    let pair: OpenedPair;
    const put = (text: string) => {
      const file = path.join(root, `${text}.pdf`);
      fs.writeFileSync(file, minimalPdf(text));
      return pair.stores.content.putFile(file);
    };
    const stored = async () => {
      const hashes: string[] = [];
      for await (const item of pair.stores.content.list()) hashes.push(item.sha256);
      return hashes.sort();
    };

    beforeEach(async () => {
      root = tempDir('content-gc');
      pair = await open(root);
    }, 30_000);

    afterEach(async () => {
      await pair.stores.store.close();
      await pair.remove();
      fs.rmSync(root, { recursive: true, force: true });
    });

    it('removes unreferenced content older than the grace period, keeps referenced and young content, and a dry run removes nothing', async () => {
      const referenced = await put('referenced');
      await pair.stores.store.insertIfAbsent({ ...DOC, sha256: referenced.sha256, size: referenced.size });
      const orphan = await put('orphan');
      // the blob service keeps whole seconds: each side of the cut-off a second apart
      await sleep(1_100);
      const cutoff = new Date();
      await sleep(1_100);
      const young = await put('young orphan');
      const options = { graceMs: 24 * HOUR, now: new Date(cutoff.getTime() + 24 * HOUR) };

      const removedInDryRun: string[] = [];
      const dryRun = await collectUnreferencedContent(pair.stores, { ...options, dryRun: true, onUnreferenced: (c) => removedInDryRun.push(c.sha256) });
      expect(dryRun).toEqual(jasmine.objectContaining({ stored: 3, referenced: 1, young: 1, unreferenced: 1, unreferencedBytes: orphan.size, keptInUse: 0 }));
      expect(removedInDryRun).toEqual([orphan.sha256]);
      expect(await stored()).toEqual([referenced.sha256, orphan.sha256, young.sha256].sort());

      const run = await collectUnreferencedContent(pair.stores, { ...options, dryRun: false });
      expect(run).toEqual(jasmine.objectContaining({ stored: 3, referenced: 1, young: 1, unreferenced: 1 }));
      expect(await stored()).toEqual([referenced.sha256, young.sha256].sort());
      await expectAsync(pair.stores.content.open(orphan.sha256)).toBeRejectedWithError(ContentMissingError);

      const again = await collectUnreferencedContent(pair.stores, { ...options, dryRun: false });
      expect(again).toEqual(jasmine.objectContaining({ stored: 2, referenced: 1, young: 1, unreferenced: 0 }));
    }, 30_000);

    it('keeps old unreferenced content that was put again after the cut-off (an ingest reusing it)', async () => {
      const reused = await put('reused');
      await sleep(1_100);
      const cutoff = new Date();
      await sleep(1_100);
      await put('reused');
      const summary = await collectUnreferencedContent(pair.stores, { graceMs: HOUR, now: new Date(cutoff.getTime() + HOUR), dryRun: false });
      expect(summary).toEqual(jasmine.objectContaining({ stored: 1, young: 1, unreferenced: 0 }));
      expect(await stored()).toEqual([reused.sha256]);
    }, 30_000);
  });
}

describeContentGc('folder store and SQLite', async (root) => {
  const stores = await openStores(loadConfig({ DATA_DIR: path.join(root, 'data') }));
  return { stores, remove: async () => undefined };
});

describeContentGc('Azure Blob (Azurite) and PostgreSQL', async () => {
  await requirePostgres();
  const azurite = await sharedAzurite();
  const container = await azurite.createContainer();
  const schema = freshSchema();
  const stores = await openStores(loadConfig({ DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema, ...azurite.env(container) }));
  return {
    stores,
    remove: async () => {
      await dropSchema(schema);
      await BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(container).delete();
    },
  };
});

describe('content:gc CLI', () => {
  let root: string;

  beforeEach(() => {
    root = tempDir('content-gc-cli');
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const run = (env: Record<string, string>, ...args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { env: { PATH: process.env['PATH'] ?? '', ...env }, encoding: 'utf8', timeout: 30_000 });

  async function seed(env: Record<string, string>): Promise<{ referenced: string; orphan: string; young: string }> {
    const stores = await openStores(loadConfig(env));
    try {
      const put = (text: string) => {
        const file = path.join(root, `${text}.pdf`);
        fs.writeFileSync(file, minimalPdf(text));
        return stores.content.putFile(file);
      };
      const referenced = await put('referenced');
      await stores.store.insertIfAbsent({ ...DOC, sha256: referenced.sha256, size: referenced.size });
      const orphan = await put('orphan');
      const young = await put('young');
      return { referenced: referenced.sha256, orphan: orphan.sha256, young: young.sha256 };
    } finally {
      await stores.store.close();
    }
  }

  it('on the folder store with SQLite: a dry run names what it would remove, a run removes orphans and leftover temp files a day old', async () => {
    const env = { DATA_DIR: path.join(root, 'data') };
    const { referenced, orphan, young } = await seed(env);
    const files = path.join(root, 'data', 'files');
    const dayOld = new Date(Date.now() - 25 * HOUR);
    for (const sha256 of [referenced, orphan]) fs.utimesSync(path.join(files, sha256.slice(0, 2), sha256), dayOld, dayOld);
    const leftover = path.join(files, 'tmp', '123-abandoned.part');
    fs.writeFileSync(leftover, 'half a PDF');
    fs.utimesSync(leftover, dayOld, dayOld);

    const dryRun = run(env, '--dry-run', '--verbose');
    expect(dryRun.status).toBe(0);
    expect(dryRun.stdout).toContain(`would remove ${orphan} (`);
    expect(dryRun.stdout).toContain('Done: 3 stored, 1 referenced, 1 unreferenced within the grace period (kept), would remove 1 unreferenced');
    expect(dryRun.stdout).toContain('would remove 1 abandoned upload files');
    expect(fs.existsSync(path.join(files, orphan.slice(0, 2), orphan))).toBeTrue();
    expect(fs.existsSync(leftover)).toBeTrue();

    const removing = run(env);
    expect(removing.status).toBe(0);
    expect(removing.stdout).toContain('removed 1 unreferenced');
    expect(fs.existsSync(path.join(files, orphan.slice(0, 2), orphan))).toBeFalse();
    expect(fs.existsSync(path.join(files, referenced.slice(0, 2), referenced))).toBeTrue();
    expect(fs.existsSync(path.join(files, young.slice(0, 2), young))).toBeTrue();
    expect(fs.existsSync(leftover)).toBeFalse();

    // with a grace period longer than their age, nothing is unreferenced and old enough
    fs.utimesSync(path.join(files, young.slice(0, 2), young), dayOld, dayOld);
    const patient = run(env, '--grace-hours=48');
    expect(patient.stdout).toContain('Done: 2 stored, 1 referenced, 1 unreferenced within the grace period (kept), removed 0 unreferenced');
  });

  it('on a store nothing was ever put into: nothing stored, nothing removed, exit 0', () => {
    const fresh = run({ DATA_DIR: path.join(root, 'never-used') });
    expect(fresh.stderr).toBe('');
    expect(fresh.status).toBe(0);
    expect(fresh.stdout).toContain('Done: 0 stored, 0 referenced');
  });

  it('refuses a grace period under one hour and unknown arguments with its usage', () => {
    for (const bad of ['--grace-hours=0', '--grace-hours=abc', '--force']) {
      const refused = run({ DATA_DIR: path.join(root, 'data') }, bad);
      expect(refused.status).withContext(bad).toBe(2);
      expect(refused.stderr).withContext(bad).toContain('Usage');
    }
  });
});
