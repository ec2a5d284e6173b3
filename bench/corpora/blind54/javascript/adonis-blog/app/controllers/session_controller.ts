import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'

const HOME = '/dashboard'

export default class SessionController {
  async store({ request, response, auth, session }: HttpContext) {
    const { email, password } = request.only(['email', 'password'])
    const user = await User.verifyCredentials(email, password)
    await auth.use('web').login(user)

    const intended = session.pull('intended_url', HOME)
    const next = request.input('next')
    if (next) {
      // expect: open-redirect
      return response.redirect(next)
    }
    return response.redirect(intended)
  }

  async destroy({ request, response, auth }: HttpContext) {
    await auth.use('web').logout()
    const back = request.input('back', '/')
    const allowed = ['/', '/blog', '/about']
    return response.redirect(allowed.includes(back) ? back : '/')
  }

  async remember({ request, session, response }: HttpContext) {
    const path = String(request.input('path', HOME))
    session.put('intended_url', path.startsWith('/') && !path.startsWith('//') ? path : HOME)
    return response.redirect().toPath(HOME)
  }
}
