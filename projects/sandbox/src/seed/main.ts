import { writeSeed } from './seed';

async function main(): Promise<void> {
  const outFolder = process.argv[2];
  if (!outFolder) {
    console.error('usage: node dist/seed/main.js <outFolder>   (npm run seed -- <outFolder>)');
    process.exit(2);
  }
  const result = await writeSeed(outFolder);
  const perOwner = new Map<string, number>();
  for (const d of result.manifest.documents) {
    const owner = d.ownerUid ?? `unit ${d.unitId}`;
    perOwner.set(owner, (perOwner.get(owner) ?? 0) + 1);
  }
  console.log(`Wrote ${result.manifest.documents.length} PDFs (${result.bytesWritten} bytes) and manifest.json to ${result.folder}`);
  for (const [owner, count] of perOwner) {
    console.log(`  ${owner}: ${count} documents`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
