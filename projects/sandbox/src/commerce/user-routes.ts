import type { FastifyInstance } from 'fastify';
import { findAgent } from '../data/demo-agents';
import { findOrder, findShopper, ordersOf } from '../data/demo-data';
import { findB2BUser } from '../data/demo-org';
import { b2bOrdersOf, findB2BOrder } from '../data/demo-org-orders';
import { sendOccError } from './occ-errors';
import { occAgent, occConsignmentTracking, occOrder, occOrderHistory, occUser } from './occ-mappers';
import { occB2BCustomer, occB2BOrder } from './org-mappers';
import { intParam, single, type Query } from './query-params';
import type { ShopperAuth, UserParams } from './shopper-auth';

/** `users/{userId}`: the user, empty carts and consents, order history, order details and tracking. */
export function registerUserRoutes(app: FastifyInstance, occ: string, { authorizeUser }: ShopperAuth): void {
  app.get<{ Params: UserParams }>(`${occ}/users/:userId`, async (request, reply) => {
    const uid = authorizeUser(request, reply);
    if (uid === undefined) {
      return reply;
    }
    const agent = findAgent(uid);
    if (agent) {
      return occAgent(agent);
    }
    const b2bUser = findB2BUser(uid);
    if (b2bUser) {
      return occB2BCustomer(b2bUser);
    }
    const shopper = findShopper(uid);
    if (!shopper) {
      return sendOccError(reply, 404, { type: 'UnknownIdentifierError', message: `Cannot find user with uid '${uid}'` });
    }
    return occUser(shopper);
  });

  app.get<{ Params: UserParams }>(`${occ}/users/:userId/carts`, async (request, reply) => {
    if (request.params.userId !== 'anonymous' && authorizeUser(request, reply) === undefined) {
      return reply;
    }
    return { carts: [] };
  });

  app.get<{ Params: UserParams }>(`${occ}/users/:userId/consenttemplates`, async (request, reply) => {
    if (request.params.userId !== 'anonymous' && authorizeUser(request, reply) === undefined) {
      return reply;
    }
    return { consentTemplates: [] };
  });

  app.get<{ Params: UserParams }>(`${occ}/users/:userId/orders`, async (request, reply) => {
    const uid = authorizeUser(request, reply);
    if (uid === undefined) {
      return reply;
    }
    const query = request.query as Query;
    const currentPage = intParam(query.currentPage, 0);
    const pageSize = intParam(query.pageSize, 20);
    if (currentPage === undefined || currentPage < 0) {
      return sendOccError(reply, 400, { type: 'ValidationError', message: 'currentPage must be a non-negative integer', subject: 'currentPage' });
    }
    if (pageSize === undefined || pageSize < 1) {
      return sendOccError(reply, 400, { type: 'ValidationError', message: 'pageSize must be a positive integer', subject: 'pageSize' });
    }
    const sort = single(query.sort) === 'byOrderNumber' ? 'byOrderNumber' : 'byDate';
    const statuses = (single(query.statuses) ?? '').split(',').map((s) => s.trim()).filter(Boolean);

    let orders = [...ordersOf(uid), ...b2bOrdersOf(uid)].filter((o) => statuses.length === 0 || statuses.includes(o.status));
    orders = [...orders].sort((a, b) =>
      sort === 'byOrderNumber' ? b.code.localeCompare(a.code) : b.created.localeCompare(a.created),
    );
    const totalResults = orders.length;
    const page = orders.slice(currentPage * pageSize, currentPage * pageSize + pageSize);
    return {
      orders: page.map(occOrderHistory),
      pagination: { currentPage, pageSize, sort, totalPages: Math.ceil(totalResults / pageSize), totalResults },
      sorts: [
        { code: 'byDate', selected: sort === 'byDate' },
        { code: 'byOrderNumber', selected: sort === 'byOrderNumber' },
      ],
    };
  });

  app.get<{ Params: UserParams & { code: string } }>(`${occ}/users/:userId/orders/:code`, async (request, reply) => {
    const uid = authorizeUser(request, reply);
    if (uid === undefined) {
      return reply;
    }
    const b2bOrder = findB2BOrder(request.params.code);
    const order = b2bOrder ?? findOrder(request.params.code);
    // real OCC answers an unknown and a foreign order alike: 400 UnknownIdentifierError
    if (!order || order.ownerUid !== uid) {
      return sendOccError(reply, 400, {
        type: 'UnknownIdentifierError',
        message: `Order with guid ${request.params.code} not found for current user in current BaseStore`,
      });
    }
    return b2bOrder ? occB2BOrder(order) : occOrder(order);
  });

  app.get<{ Params: UserParams & { code: string; consignment: string } }>(
    `${occ}/users/:userId/orders/:code/consignments/:consignment/tracking`,
    async (request, reply) => {
      const uid = authorizeUser(request, reply);
      if (uid === undefined) {
        return reply;
      }
      const order = findB2BOrder(request.params.code) ?? findOrder(request.params.code);
      const consignment = order?.ownerUid === uid ? order.consignments.find((c) => c.code === request.params.consignment) : undefined;
      if (!consignment) {
        return sendOccError(reply, 404, {
          type: 'UnknownIdentifierError',
          message: `Consignment ${request.params.consignment} not found for order ${request.params.code}`,
        });
      }
      return occConsignmentTracking(consignment);
    },
  );
}
