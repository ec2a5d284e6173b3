import {ApiError} from './ApiError';

export function stringParam(p: any, name: string): string {
  if (typeof p !== 'string') {
    throw new ApiError(`${name} parameter should be a string: ${p}`, 400);
  }
  return p;
}

export function optStringParam(p: any, name: string): string|undefined {
  if (p === undefined) { return p; }
  return stringParam(p, name);
}

export function integerParam(p: any, name: string): number {
  const n = typeof p === 'number' ? p : parseInt(String(p), 10);
  if (!Number.isInteger(n)) { throw new ApiError(`${name} parameter should be an integer`, 400); }
  return n;
}
