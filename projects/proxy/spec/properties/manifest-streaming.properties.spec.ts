import { CsvRowReader, parseCsv } from '../../src/documents/ingest/csv-manifest';
import { JsonManifestSplitter } from '../../src/documents/ingest/json-manifest';
import { anyUtf16, fc } from '../support/property';

/** The text cut at the given positions (sorted, deduplicated, within the text). */
function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(text.slice(from, p));
    from = p;
  }
  pieces.push(text.slice(from));
  return pieces;
}

const cuts = fc.array(fc.nat(), { maxLength: 12 });

describe('manifest readers fed piece by piece (properties)', () => {
  it('split manifest.json into the same documents as JSON.parse of the whole file, wherever the pieces end', () => {
    const anyJson = fc.jsonValue({ maxDepth: 3 });
    const manifest = fc.record({ documents: fc.array(anyJson, { maxLength: 8 }), before: anyJson, after: anyJson });
    fc.assert(
      fc.property(manifest, fc.constantFrom(0, 2), cuts, ({ documents, before, after }, indent, at) => {
        const text = JSON.stringify({ before, documents, after, nested: { documents: [1] } }, null, indent);
        const splitter = new JsonManifestSplitter();
        const elements = cut(text, at).flatMap((piece) => splitter.feed(piece));
        expect(elements.map((e) => JSON.parse(e))).toEqual(JSON.parse(text).documents);
        expect(JSON.parse(splitter.skeleton()).documents.length).toBe(documents.length === 0 ? 0 : 1);
        expect(JSON.parse(splitter.skeleton()).nested).toEqual({ documents: [1] });
      }),
    );
  });

  it('leave a broken manifest.json for JSON.parse to refuse: a missing comma, a trailing comma, an unclosed array', () => {
    for (const text of ['{"documents": [{"a": 1} {"b": 2}]}', '{"documents": [{"a": 1},]}', '{"documents": [,{"a": 1}]}', '{"documents": [{"a": 1}']) {
      const splitter = new JsonManifestSplitter();
      const elements = splitter.feed(text);
      const refused = elements.some((e) => !parses(e)) || !parses(splitter.skeleton());
      expect(refused).withContext(text).toBeTrue();
    }
  });

  it('read CSV into the same rows as parseCsv of the whole text, wherever the pieces end', () => {
    const cell = fc.oneof(anyUtf16(12), fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', 'a'), maxLength: 8 }));
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 });
    const quoted = (r: string[][], eol: string) => r.map((cells) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join(eol) + eol;
    const raw = fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', 'a', '\ufeff') });
    fc.assert(
      fc.property(fc.oneof(fc.tuple(rows, fc.constantFrom('\r\n', '\n')).map(([r, eol]) => quoted(r, eol)), raw), cuts, (text, at) => {
        let whole: string[][] | Error;
        try {
          whole = parseCsv(text);
        } catch (error) {
          whole = error as Error;
        }
        const reader = new CsvRowReader();
        let streamed: string[][] | Error;
        try {
          streamed = [...cut(text, at).flatMap((piece) => reader.feed(piece)), ...reader.end()];
        } catch (error) {
          streamed = error as Error;
        }
        if (whole instanceof Error) expect((streamed as Error).message).toBe(whole.message);
        else expect(streamed).toEqual(whole);
      }),
    );
  });
});

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
