import * as fs from 'node:fs';
import type { FastifyInstance } from 'fastify';

/**
 * Appends one line per answered request to `file`: method, path (user ids and order codes kept, so
 * the list shows what a storefront really asks), the sorted query parameter names and the status.
 * Used to find out which OCC resources the storefronts request during the journeys.
 */
export function logRequestsTo(app: FastifyInstance, file: string): void {
  app.addHook('onResponse', async (request, reply) => {
    const [path, query = ''] = request.url.split('?');
    const names = [...new Set([...new URLSearchParams(query).keys()])].sort().join(',');
    fs.appendFileSync(file, `${request.method} ${path}${names ? ` ?${names}` : ''} -> ${reply.statusCode}\n`);
  });
}
