export default class RequestError extends Error {
  status: number;
  code: string;

  constructor(input: { code: string; status?: number }, public data?: unknown) {
    super(input.code);
    this.code = input.code;
    this.status = input.status ?? 400;
  }
}
