import { Controller, Get, Query, Res, Req, BadRequestException } from '@nestjs/common'
import type { Response, Request } from 'express'
import { APP_BIZ } from '@app/app.config'
import { DisqusPublicService } from './disqus.service.public'
import { encodeJWT, TOKEN_COOKIE_KEY } from './disqus.token'

const SITE_ORIGIN = new URL(APP_BIZ.FE_URL).origin

/** Back to the blog page the reader came from, if it is on the blog. */
function sameSiteUrl(value: string | undefined): string {
  if (!value) return SITE_ORIGIN
  try {
    const url = new URL(value, SITE_ORIGIN)
    return url.origin === SITE_ORIGIN ? url.toString() : SITE_ORIGIN
  } catch {
    return SITE_ORIGIN
  }
}

@Controller('disqus')
export class DisqusController {
  constructor(private readonly disqusPublicService: DisqusPublicService) {}

  @Get('oauth-callback')
  async oauthCallback(@Query() query: { code?: string; state?: string }, @Res() response: Response) {
    if (!query.code) throw new BadRequestException('code is required')
    const accessToken = await this.disqusPublicService.getAccessToken(query.code)
    const userInfo = await this.disqusPublicService.getUserInfo(accessToken.access_token)
    response.cookie(TOKEN_COOKIE_KEY, encodeJWT({ accessToken, userInfo }), {
      maxAge: accessToken.expires_in * 1000,
      httpOnly: true,
      sameSite: 'lax'
    })
    response.redirect(sameSiteUrl(query.state))
  }

  @Get('oauth-logout')
  oauthLogout(@Req() request: Request, @Res() response: Response) {
    response.clearCookie(TOKEN_COOKIE_KEY)
    const back = (request.query.redirect as string) || request.get('referer') || SITE_ORIGIN
    // expect: open-redirect
    response.redirect(back)
  }

  @Get('config')
  getConfig() {
    return this.disqusPublicService.getPublicConfig()
  }
}
