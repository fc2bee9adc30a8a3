// Errors an export endpoint turns into HTTP responses: 400 names the parameter, 404 the missing thing.
export class ExportParamError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
    this.name = "ExportParamError";
  }
}

export class ExportNotFoundError extends Error {
  constructor(
    readonly what: string,
    message: string,
  ) {
    super(message);
    this.name = "ExportNotFoundError";
  }
}
