import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DocumentService } from '../documents/document-service';
import type { ShopperDocument } from '../documents/model';
import { ContentMissingError } from '../errors';
import { requireShopper } from './authenticate';
import { contentRange, decideRange, ifRangeAllows, noneMatchHits, strongEtag } from './byte-ranges';
import { contentDisposition, type Disposition } from './content-disposition';
import { occError } from './occ-errors';

/**
 * Streams a document's bytes with HTTP conditional and range semantics:
 * `If-None-Match` → 304, a single `Range` → 206 (honouring `If-Range`), an unsatisfiable one → 416.
 * Bytes sent are audited as a download; HEAD, 304 and 416 as a view (metadata only).
 * Nothing is compressed (PDFs are compressed already, and ranges must address the stored bytes).
 * With direct delivery, a signed link is answered with a redirect to the stored bytes' own short-lived
 * URL (audited as a download); the client's Range then goes to the blob service.
 */
export async function sendDocument(
  request: FastifyRequest,
  reply: FastifyReply,
  documents: DocumentService,
  document: ShopperDocument,
  disposition: Disposition,
): Promise<FastifyReply> {
  const etag = strongEtag(document.sha256);
  const size = document.size;
  const shopper = requireShopper(request);
  if (noneMatchHits(request.headers['if-none-match'], etag)) {
    await documents.recordView(shopper, document, request.id);
    return reply.code(304).header('ETag', etag).send();
  }

  if (request.signedLink) {
    const location = await documents.directLink(
      shopper,
      document,
      { contentDisposition: contentDisposition(disposition, document.fileName), contentType: document.mimeType },
      request.id,
    );
    if (location !== undefined) return reply.code(302).header('Location', location).header('Referrer-Policy', 'no-referrer').send();
  }

  const ifRange = request.headers['if-range'];
  const decision = ifRangeAllows(typeof ifRange === 'string' ? ifRange : undefined, etag) ? decideRange(request.headers.range, size) : { kind: 'full' as const };
  if (decision.kind === 'unsatisfiable') {
    await documents.recordView(shopper, document, request.id);
    return reply
      .code(416)
      .header('Accept-Ranges', 'bytes')
      .header('Content-Range', `bytes */${size}`)
      .type('application/json; charset=utf-8')
      .send(occError('RangeNotSatisfiableError', `The requested range is not within the document's ${size} bytes`));
  }

  const range = decision.kind === 'partial' ? decision.range : undefined;
  // Opened (and the download audited) before any content header is set, so a failure still gets a clean error response.
  const opened = request.method === 'HEAD' ? undefined : await documents.openBytes(shopper, document, { range, requestId: request.id });
  if (!opened) await documents.recordView(shopper, document, request.id);
  if (opened && opened.size !== size) {
    opened.stream.destroy();
    throw new ContentMissingError(`Stored content of document ${document.id} has ${opened.size} bytes, the index says ${size}`);
  }

  reply
    .header('ETag', etag)
    .header('Accept-Ranges', 'bytes')
    .header('Content-Type', document.mimeType)
    .header('Content-Disposition', contentDisposition(disposition, document.fileName))
    .header('Content-Length', String(range ? range.end - range.start + 1 : size));
  if (range) reply.code(206).header('Content-Range', contentRange(range, size));
  // HEAD: an empty stream, because Fastify keeps our Content-Length for HEAD only when the payload is a stream.
  if (!opened) return reply.send(Readable.from([]));
  return reply.send(opened.stream);
}
