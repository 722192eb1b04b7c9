import type { FastifyInstance, FastifyReply } from 'fastify';
import { DemoB2BUser, findB2BUser, findUnit, isB2BAdmin } from '../data/demo-org';
import { sendOccError } from './occ-errors';
import { occAvailableUnitNodes, occB2BUser, occUnitTree } from './org-mappers';
import type { ShopperAuth, UserParams } from './shopper-auth';

/**
 * The part of SAP Commerce's b2bcommercewebservices that the document proxy asks: the caller as a
 * B2BUser (`orgUsers/{userId}`) and an administrator's units (`availableOrgUnitNodes`,
 * `orgUnitsRootNodeTree`). `{userId}` is `current` or the token's own user, as on the user routes.
 */
export function registerOrgRoutes(app: FastifyInstance, occ: string, { authorizeUser }: ShopperAuth): void {
  /** The B2B user the request acts for, or sends the refusal and returns undefined. */
  function orgUserOf(uid: string | undefined, reply: FastifyReply): DemoB2BUser | undefined {
    if (uid === undefined) {
      return undefined;
    }
    const user = findB2BUser(uid);
    if (!user) {
      // a B2C customer has no B2BCustomer record
      sendOccError(reply, 400, { type: 'UnknownIdentifierError', message: `B2BCustomer with uid '${uid}' not found` });
    }
    return user;
  }

  /** As Commerce secures the unit endpoints: only members of b2badmingroup. */
  function adminOf(uid: string | undefined, reply: FastifyReply): DemoB2BUser | undefined {
    const user = orgUserOf(uid, reply);
    if (user && !isB2BAdmin(user)) {
      sendOccError(reply, 403, { type: 'ForbiddenError', message: 'Access is denied' });
      return undefined;
    }
    return user;
  }

  app.get<{ Params: UserParams }>(`${occ}/orgUsers/:userId`, async (request, reply) => {
    const user = orgUserOf(authorizeUser(request, reply), reply);
    return user ? occB2BUser(user) : reply;
  });

  app.get<{ Params: UserParams }>(`${occ}/users/:userId/availableOrgUnitNodes`, async (request, reply) => {
    const admin = adminOf(authorizeUser(request, reply), reply);
    return admin ? occAvailableUnitNodes(admin) : reply;
  });

  app.get<{ Params: UserParams }>(`${occ}/users/:userId/orgUnitsRootNodeTree`, async (request, reply) => {
    const admin = adminOf(authorizeUser(request, reply), reply);
    const unit = admin ? findUnit(admin.unit) : undefined;
    return unit ? occUnitTree(unit) : reply;
  });
}
