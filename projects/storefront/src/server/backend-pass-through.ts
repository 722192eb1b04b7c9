import type { NextFunction, Request, Response } from 'express';
import { request as httpRequest } from 'http';
import { request as httpsRequest } from 'https';

/** The paths an ingress routes to Commerce and the document proxy rather than to the storefront. */
export const BACKEND_PATHS = ['/occ', '/authorizationserver', '/assistedservicewebservices', '/medias'];

/**
 * Streams a request under one of BACKEND_PATHS to the backend unchanged (method, headers with the
 * Authorization, body) and its answer back; a backend that does not answer gives a 502 in OCC form.
 */
export function backendPassThrough(backendUrl: string) {
  const backend = new URL(backendUrl);
  const send = backend.protocol === 'https:' ? httpsRequest : httpRequest;
  return (req: Request, res: Response, _next: NextFunction): void => {
    const upstream = send(
      new URL(req.originalUrl, backend),
      {
        method: req.method,
        headers: {
          ...req.headers,
          host: backend.host,
          'x-forwarded-host': req.headers.host ?? '',
          'x-forwarded-proto': req.protocol,
        },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      }
    );
    upstream.on('error', (error) => {
      if (!res.headersSent) {
        res.status(502).json({
          errors: [{ type: 'BadGatewayError', message: `The backend did not answer: ${error.message}` }],
        });
      } else {
        res.destroy(error);
      }
    });
    req.pipe(upstream);
  };
}
