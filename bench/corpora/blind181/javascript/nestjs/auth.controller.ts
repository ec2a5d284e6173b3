import { Controller, Get, Query, Redirect, Req } from '@nestjs/common';
import { Request } from 'express';
import { AuthService } from './auth.service';

const ALLOWED_RETURN_HOSTS = new Set(['app.example-shop.com', 'help.example-shop.com']);

function isAllowedReturn(target: string): boolean {
  try {
    const url = new URL(target);
    return url.protocol === 'https:' && ALLOWED_RETURN_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Get('logout')
  @Redirect('/', 302)
  async logout(@Req() req: Request, @Query('returnTo') returnTo?: string) {
    await this.auth.endSession(req);
    if (returnTo) {
      // expect: open-redirect
      return { url: returnTo };
    }
    return { url: '/' };
  }

  @Get('sso/callback')
  @Redirect('/dashboard', 302)
  async ssoCallback(@Query('code') code: string, @Query('state') state: string) {
    const session = await this.auth.completeSso(code, state);
    // the state we stored when the login started; checked against the allowlist
    if (session.returnTo && isAllowedReturn(session.returnTo)) {
      return { url: session.returnTo };
    }
    return { url: '/dashboard' };
  }

  @Get('docs')
  @Redirect('https://help.example-shop.com', 301)
  docs(@Query('topic') topic?: string) {
    if (topic === 'billing') {
      return { url: 'https://help.example-shop.com/billing' };
    }
    return undefined;
  }

  @Get('switch-store')
  @Redirect('/stores', 302)
  switchStore(@Query('store') store: string) {
    const id = Number.parseInt(store, 10);
    return { url: Number.isInteger(id) ? `/stores/${id}/dashboard` : '/stores' };
  }
}
