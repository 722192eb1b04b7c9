import { Readable } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import { ZipFile } from 'yazl';
import type { DocumentService } from '../../documents/document-service';
import { NotFoundError } from '../../errors';
import { requireShopper } from '../authenticate';
import { contentDisposition } from '../content-disposition';
import { archiveResponses, orderParamsSchema } from '../schemas';
import { uniqueEntryNames } from '../zip-entry-names';
import type { OrderParams } from './route-params';

/**
 * GET .../orders/{orderCode}/documents/archive: the shopper's documents of one order as a ZIP,
 * streamed entry by entry (each file is opened only when its turn comes). Entries are stored,
 * not deflated: PDFs are compressed already, and stored entries make the ZIP's size known up front.
 */
export const orderArchiveRoutes: FastifyPluginAsync<{ documents: DocumentService }> = async (app, { documents }) => {
  app.get<{ Params: OrderParams }>(
    '/orders/:orderCode/documents/archive',
    {
      config: { servesDocumentBytes: true },
      schema: { params: orderParamsSchema, response: archiveResponses },
    },
    async (request, reply) => {
      const { orderCode } = request.params;
      const shopper = requireShopper(request);
      const found = await documents.listForOrder(shopper, orderCode);
      if (found.length === 0) throw new NotFoundError(`No documents found for order '${orderCode}'`);

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
        zip.addReadStreamLazy(
          names[i],
          { mtime: new Date(document.createdAt), compress: false, size: document.size },
          (done) => {
            // Each entry is audited as a download when its bytes are opened.
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
          },
        );
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

      reply
        .type('application/zip')
        .header('Content-Disposition', contentDisposition('attachment', `Order-${orderCode}-documents.zip`));
      if (finalSize > 0) reply.header('Content-Length', String(finalSize));
      if (request.method === 'HEAD') {
        release();
        // an empty stream keeps our Content-Length on HEAD (Fastify resets it for an empty payload)
        return reply.send(Readable.from([]));
      }
      return reply.send(output);
    },
  );
};
