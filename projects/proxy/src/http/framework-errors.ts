import * as http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { occError } from './occ-errors';

/**
 * Fastify's own rejections before any route runs (a URL whose percent-encoding does not decode,
 * …) with an OCC error body like every other error answer.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  const body =
    error.code === 'FST_ERR_BAD_URL'
      ? occError('ValidationError', 'The URL is not valid: a part of its path does not decode', { subject: 'url', reason: 'invalid' })
      : occError('BadRequestError', 'The request is not valid');
  void reply.code(status).type('application/json; charset=utf-8').send(body);
}

const CLIENT_ERRORS: Record<string, { status: number; type: string; message: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, type: 'RequestTimeoutError', message: 'The request was not received in time' },
  HPE_HEADER_OVERFLOW: { status: 431, type: 'HeaderTooLargeError', message: 'The request headers are too large' },
};
const MALFORMED = { status: 400, type: 'BadRequestError', message: 'The request is not valid HTTP/1.1' };

/**
 * Requests Node's HTTP parser rejects (malformed request line or headers, contradicting lengths, a
 * timeout): answered with an OCC body on the raw socket, as Fastify's default handler does with its own.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, type, message } = CLIENT_ERRORS[error.code ?? ''] ?? MALFORMED;
  const body = JSON.stringify(occError(type, message));
  // The socket may already carry an answer (e.g. a 413 sent before the rest of a too-large body
  // arrived): a second one would be bytes after `Connection: close`. Node's own handler checks this too.
  const answering = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && !answering?.headersSent) {
    socket.write(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
