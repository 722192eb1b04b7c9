/** An HTTP-level rejection (limits) with its status and OCC error type. */
export class HttpStatusError extends Error {
  constructor(
    readonly statusCode: number,
    readonly occType: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpStatusError';
  }
}
