import { Context, Get, HttpResponseRedirect, UserRequired } from '@foal/core';

export class AuthController {
  @Get('/signin/callback')
  @UserRequired()
  callback(ctx: Context) {
    const next = (ctx.request.query.next as string) || '/account';
    // expect: open-redirect
    return new HttpResponseRedirect(next);
  }

  @Get('/signout')
  signout(ctx: Context) {
    const next = ctx.request.query.next as string | undefined;
    const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
    return new HttpResponseRedirect(target);
  }
}
