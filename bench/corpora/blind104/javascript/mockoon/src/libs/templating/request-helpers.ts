import { Request } from 'express';
import { get as objectGet } from 'object-path';

// request helpers registered on the Handlebars instance for each response
export const RequestHelpers = (request: Request) => ({
  body: (path: string, defaultValue?: string) => {
    const value = path ? objectGet((request as any).body ?? {}, path) : (request as any).stringBody;
    return value ?? defaultValue ?? '';
  },
  queryParam: (name: string, defaultValue?: string) => (request.query[name] as string) ?? defaultValue ?? '',
  urlParam: (name: string) => request.params[name],
  header: (name: string, defaultValue?: string) => request.get(name) ?? defaultValue ?? '',
});
