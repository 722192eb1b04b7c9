import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZipFile } from 'yazl';
import type { DocumentService } from '../documents/document-service';
import type { Shopper, ShopperDocument } from '../documents/model';
import { contentDisposition } from './content-disposition';
import { uniqueEntryNames } from './zip-entry-names';

/**
 * Sends the documents as one ZIP, streamed entry by entry: each file is opened only when its turn
 * comes, and each opening is audited as a download (`documents.openBytes`). Entries are stored, not
 * deflated: PDFs are compressed already, and stored entries make the ZIP's size (Content-Length)
 * known up front. Entry names are the documents' file names, made unique. The caller has checked
 * that `found` is not empty and within its limits; nothing is sent before this is called.
 */
export function sendZip(
  request: FastifyRequest,
  reply: FastifyReply,
  documents: DocumentService,
  shopper: Shopper,
  found: readonly ShopperDocument[],
  fileName: string,
): FastifyReply {
  const names = uniqueEntryNames(found.map((d) => d.fileName));
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  // File streams yazl is reading; closed by us when the response ends early (client gone, HEAD).
  const open = new Set<Readable>();
  let released = false;
  const release = () => {
    released = true;
    for (const stream of open) stream.destroy();
    output.destroy();
  };

  found.forEach((document, i) => {
    zip.addReadStreamLazy(names[i], { mtime: new Date(document.createdAt), compress: false, size: document.size }, (done) => {
      documents.openBytes(shopper, document, { requestId: request.id }).then(
        ({ stream }) => {
          if (released) {
            stream.destroy();
            return;
          }
          open.add(stream);
          stream.once('close', () => open.delete(stream));
          done(null, stream);
        },
        (error: Error) => done(error, undefined as never),
      );
    });
  });
  let finalSize = -1;
  // Called synchronously here: every entry is stored and its size given, so yazl knows the total.
  const end = zip.end.bind(zip) as (options: undefined, onSize: (size: number) => void) => void;
  end(undefined, (size) => {
    finalSize = size;
  });
  zip.on('error', (error: Error) => {
    // Headers are gone by now: all we can do is cut the response so the client sees a broken download.
    request.log.error({ err: error }, 'ZIP archive failed while streaming');
    release();
  });
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) release();
  });

  reply.type('application/zip').header('Content-Disposition', contentDisposition('attachment', fileName));
  if (finalSize > 0) reply.header('Content-Length', String(finalSize));
  if (request.method === 'HEAD') {
    release();
    // an empty stream keeps our Content-Length on HEAD (Fastify resets it for an empty payload)
    return reply.send(Readable.from([]));
  }
  return reply.send(output);
}
