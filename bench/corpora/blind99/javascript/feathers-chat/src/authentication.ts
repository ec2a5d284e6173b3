import { AuthenticationService, JWTStrategy } from '@feathersjs/authentication'
import { LocalStrategy } from '@feathersjs/authentication-local'
import { oauth, OAuthStrategy } from '@feathersjs/authentication-oauth'
import type { AuthenticationParams } from '@feathersjs/authentication'
import type { Application } from './declarations'

class GitHubStrategy extends OAuthStrategy {
  async getRedirect(data: any, params?: AuthenticationParams) {
    const fallback = this.app!.get('authentication').oauth.redirect
    const requested = params?.query?.redirect
    const redirectTo = this.app!.get('origins').includes(requested) ? requested : fallback
    if (data instanceof Error) return `${redirectTo}#error=${encodeURIComponent(data.message)}`
    return `${redirectTo}#access_token=${data.accessToken}`
  }
}

export const authentication = (app: Application) => {
  const authService = new AuthenticationService(app)
  authService.register('jwt', new JWTStrategy())
  authService.register('local', new LocalStrategy())
  authService.register('github', new GitHubStrategy())
  app.use('authentication', authService)
  app.configure(oauth())
}
