import type { HttpContextContract } from '@ioc:Adonis/Core/HttpContext';

export default class RememberRedirect {
  public async handle({ request, session }: HttpContextContract, next: () => Promise<void>) {
    const to = request.input('to', '/user/account');
    session.put('redirectAfterLogin', to);
    await next();
  }
}
