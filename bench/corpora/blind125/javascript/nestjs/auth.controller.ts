import { Controller, Get, Headers, Query, Redirect } from '@nestjs/common';
import { AuthService } from './auth.service';

class GoQuery {
  target: string;
}

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Get('login/callback')
  @Redirect()
  async callback(@Query('code') code: string, @Query('returnTo') returnTo: string) {
    await this.auth.exchange(code);
    // expect: open-redirect
    return { url: returnTo };
  }

  @Get('go')
  @Redirect('/', 302)
  go(@Query() query: GoQuery) {
    // expect: open-redirect
    return { url: query.target, statusCode: 302 };
  }

  @Get('logout')
  @Redirect()
  async logout(@Headers('referer') referer: string) {
    await this.auth.clearSession();
    // expect: open-redirect
    return { url: referer || '/' };
  }

  // Safe look-alikes: a fixed path, an encoded id under our own path, an allowlist.
  @Get('home')
  @Redirect()
  home() {
    return { url: '/dashboard' };
  }

  @Get('project')
  @Redirect()
  project(@Query('id') id: string) {
    return { url: `/projects/${encodeURIComponent(id)}` };
  }

  @Get('tab')
  @Redirect()
  tab(@Query('name') name: string) {
    const allowed = ['/settings/profile', '/settings/billing'];
    return { url: allowed.includes(name) ? name : '/settings/profile' };
  }
}
