import type { FastifyReply, FastifyRequest } from 'fastify';
import { agentMayAssist, findAgent, findCustomer } from '../data/demo-agents';
import { findOrgCustomer } from '../data/demo-org';
import { sendOccError } from './occ-errors';
import type { TokenStore } from './tokens';

export type SiteParams = { site: string };
export type UserParams = SiteParams & { userId: string };

export interface ShopperAuth {
  authenticate(request: FastifyRequest, reply: FastifyReply): string | undefined;
  authorizeUser(request: FastifyRequest<{ Params: UserParams }>, reply: FastifyReply): string | undefined;
}

/** Bearer-token checks of the OCC user endpoints; each sends the OCC error itself and returns undefined. */
export function shopperAuth(tokens: TokenStore): ShopperAuth {
  /** Resolves the shopper behind the bearer token, or sends 401 and returns undefined. */
  function authenticate(request: FastifyRequest, reply: FastifyReply): string | undefined {
    const header = request.headers.authorization ?? '';
    const match = /^bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) {
      sendOccError(reply, 401, { type: 'UnauthorizedError', message: 'Full authentication is required to access this resource' });
      return undefined;
    }
    const check = tokens.check(match[1]);
    if (!check.ok) {
      sendOccError(reply, 401, {
        type: 'InvalidTokenError',
        message: check.reason === 'expired' ? 'Invalid access token: the access token expired' : 'Invalid access token: unknown token',
      });
      return undefined;
    }
    return check.uid;
  }

  /**
   * Authenticates and resolves `{userId}` (`current`, a uid or a customerId) to the customer the
   * request acts for: the token's own user, or a customer an agent's token may act for (ASM).
   */
  function authorizeUser(request: FastifyRequest<{ Params: UserParams }>, reply: FastifyReply): string | undefined {
    const uid = authenticate(request, reply);
    if (uid === undefined) {
      return undefined;
    }
    const requested = request.params.userId.toLowerCase();
    if (requested === 'current') {
      return uid;
    }
    const customer = findCustomer(requested);
    if (customer?.uid === uid || findOrgCustomer(requested)?.uid === uid) {
      return uid;
    }
    const agent = findAgent(uid);
    if (agent && customer && agentMayAssist(agent, customer)) {
      return customer.uid;
    }
    sendOccError(reply, 403, { type: 'AccessDeniedError', message: 'Access is denied' });
    return undefined;
  }

  return { authenticate, authorizeUser };
}
