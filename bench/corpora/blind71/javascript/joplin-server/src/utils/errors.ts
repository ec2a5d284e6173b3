export class ApiError extends Error {
	public httpCode: number;

	constructor(message: string, httpCode: number) {
		super(message);
		this.httpCode = httpCode;
	}
}

export class ErrorNotFound extends ApiError {
	constructor(message = 'Not Found') {
		super(message, 404);
	}
}

export class ErrorForbidden extends ApiError {
	constructor(message = 'Forbidden') {
		super(message, 403);
	}
}

export class ErrorBadRequest extends ApiError {
	constructor(message = 'Bad Request') {
		super(message, 400);
	}
}
