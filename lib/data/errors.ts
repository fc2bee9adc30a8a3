// Errors the data layer raises. Route handlers map them to HTTP statuses (lib/api/http-error.ts);
// pages map NotFoundError to notFound(). Plain classes: no Next.js or Prisma imports, so the export
// code and tests can use them too.

/** An entity that the caller named does not exist (unknown slug or id). */
export class NotFoundError extends Error {
  constructor(
    /** What was looked up: "place", "report", "indicator", "places", … */
    readonly entity: string,
    /** The identifiers that were not found. */
    readonly ids: readonly string[],
    message?: string,
  ) {
    super(message ?? `Unknown ${entity}: ${ids.join(", ")}`);
    this.name = "NotFoundError";
  }
}

/** A request parameter is malformed or out of range. `param` names it for the 400 message. */
export class InvalidParameterError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
    this.name = "InvalidParameterError";
  }
}
