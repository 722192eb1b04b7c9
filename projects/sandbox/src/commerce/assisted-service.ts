import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';

import { agentMayAssist, findAgent } from '../data/demo-agents';
import { SHOPPERS } from '../data/demo-data';
import { occUser } from './occ-mappers';
import { sendOccError } from './occ-errors';

export interface AssistedServiceOptions {
  /** Resolves the bearer token's user, or answers 401 and returns undefined. */
  authenticate: (request: FastifyRequest, reply: FastifyReply) => string | undefined;
  baseSites: ReadonlySet<string>;
}

interface SearchQuery {
  baseSite?: string;
  query?: string;
  pageSize?: string;
  currentPage?: string;
  sort?: string;
}

const SORTS = ['byNameAsc', 'byNameDesc'] as const;

/**
 * SAP Commerce's `assistedservicewebservices` as Spartacus' ASM calls it: the customer search an
 * agent uses to pick whom to emulate (agent token only; lists the customers Commerce lets the agent
 * act for).
 */
export const assistedServiceRoutes: FastifyPluginAsync<AssistedServiceOptions> = async (app, { authenticate, baseSites }) => {
  app.get<{ Querystring: SearchQuery }>('/assistedservicewebservices/customers/search', async (request, reply) => {
    const uid = authenticate(request, reply);
    if (uid === undefined) {
      return reply;
    }
    const agent = findAgent(uid);
    if (!agent?.groups.includes('asagentgroup')) {
      return sendOccError(reply, 403, { type: 'AccessDeniedError', message: 'Access is denied' });
    }
    const { baseSite, query = '', sort = 'byNameAsc' } = request.query;
    if (!baseSite || !baseSites.has(baseSite)) {
      return sendOccError(reply, 400, { type: 'InvalidResourceError', message: `Base site ${baseSite ?? ''} doesn't exist`, subject: 'baseSite' });
    }
    const pageSize = wholeNumber(request.query.pageSize, 20);
    const currentPage = wholeNumber(request.query.currentPage, 0);
    if (pageSize === undefined || pageSize < 1 || currentPage === undefined || !(SORTS as readonly string[]).includes(sort)) {
      return sendOccError(reply, 400, { type: 'ValidationError', message: 'pageSize, currentPage or sort is not valid' });
    }
    const term = query.trim().toLowerCase();
    const found = SHOPPERS.filter((customer) => agentMayAssist(agent, customer))
      .filter((customer) => term === '' || `${customer.firstName} ${customer.lastName} ${customer.uid}`.toLowerCase().includes(term))
      .sort((a, b) => `${a.firstName} ${a.lastName}`.localeCompare(`${b.firstName} ${b.lastName}`) * (sort === 'byNameDesc' ? -1 : 1));
    return {
      entries: found.slice(currentPage * pageSize, (currentPage + 1) * pageSize).map(occUser),
      pagination: { currentPage, pageSize, totalPages: Math.ceil(found.length / pageSize), totalResults: found.length, sort },
      sorts: SORTS.map((code) => ({ code, selected: code === sort })),
    };
  });
};

function wholeNumber(raw: string | undefined, fallback: number): number | undefined {
  if (raw === undefined || raw === '') return fallback;
  return /^\d{1,6}$/.test(raw) ? Number(raw) : undefined;
}
