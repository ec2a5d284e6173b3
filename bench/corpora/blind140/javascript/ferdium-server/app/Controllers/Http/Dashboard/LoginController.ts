import type { HttpContextContract } from '@ioc:Adonis/Core/HttpContext';

export default class LoginController {
  public async show({ view }: HttpContextContract) {
    return view.render('dashboard/login');
  }

  public async login({ request, response, auth, session }: HttpContextContract) {
    const { mail, password } = request.only(['mail', 'password']);
    try {
      await auth.use('web').attempt(mail, password);
    } catch {
      session.flash({ type: 'danger', message: 'Invalid mail or password' });
      return response.redirect('back');
    }
    const target = session.pull('redirectAfterLogin', '/user/account');
    if (request.input('strict') === 'true') {
      return response.redirect(/^\/user\/[\w/-]*$/.test(target) ? target : '/user/account');
    }
    // expect: open-redirect
    return response.redirect(target);
  }
}
