import type { FastifyReply } from 'fastify';

export interface OccError {
  type: string;
  message: string;
  subject?: string;
  subjectType?: string;
  reason?: string;
}

/** Sends an OCC error body: `{errors:[{type,message,...}]}`. */
export function sendOccError(reply: FastifyReply, status: number, error: OccError): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ errors: [error] });
}
