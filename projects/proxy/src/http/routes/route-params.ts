import type { SchemaType } from '../../schema-type';
import type { documentParamsSchema, orderParamsSchema, userParamsSchema } from '../schemas';

/** Path parameters of the shopper API under /occ/v2/{baseSiteId}/users/{userId}. */
export type UserParams = SchemaType<typeof userParamsSchema>;

export type DocumentParams = SchemaType<typeof documentParamsSchema>;

export type OrderParams = SchemaType<typeof orderParamsSchema>;
