export class CustomError extends Error {
  constructor(name, httpCode, message) {
    super(message);
    this.name = name;
    this.httpCode = httpCode;
  }
}

export class NotAuthorized extends CustomError {
  constructor(message = 'Not authorized.') {
    super('NotAuthorized', 401, message);
  }
}

export class BadRequest extends CustomError {
  constructor(message = 'Bad request.') {
    super('BadRequest', 400, message);
  }
}

export class NotFound extends CustomError {
  constructor(message = 'Not found.') {
    super('NotFound', 404, message);
  }
}
