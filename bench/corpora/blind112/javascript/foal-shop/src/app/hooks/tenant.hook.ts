import { Context, Hook, HookDecorator, HttpResponseBadRequest } from '@foal/core';

export function Tenant(): HookDecorator {
  return Hook((ctx: Context) => {
    const header = ctx.request.get('x-tenant');
    ctx.state.tenant = header ?? 'public';
  });
}

export function StrictTenant(): HookDecorator {
  return Hook((ctx: Context) => {
    const header = ctx.request.get('x-tenant') ?? 'public';
    if (!/^[a-z][a-z0-9_]{0,30}$/.test(header)) {
      return new HttpResponseBadRequest('Invalid tenant');
    }
    ctx.state.tenant = header;
  });
}
