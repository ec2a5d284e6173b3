'use strict';

const Controller = require('egg').Controller;

class SignController extends Controller {
  async showLogin() {
    const { ctx } = this;
    // kept until the form is posted back
    ctx.session._loginReferer = ctx.query.from || ctx.get('referer') || '/';
    await ctx.render('sign/signin.tpl', {});
  }

  async login() {
    const { ctx, service } = this;
    const { loginname, pass } = ctx.request.body;
    const user = await service.user.getUserByLoginName(loginname);
    if (!user || !(await service.user.checkPassword(user, pass))) {
      ctx.logger.warn('failed login', { loginname: JSON.stringify(loginname) });
      ctx.status = 403;
      await ctx.render('sign/signin.tpl', { error: 'wrong name or password' });
      return;
    }
    await service.user.gen_session(user, ctx);
    const refer = ctx.session._loginReferer || '/';
    this.service.audit.loginSucceeded(loginname, ctx.get('user-agent'));
    // expect: open-redirect
    ctx.redirect(refer);
  }

  async githubCallback() {
    const { ctx, service } = this;
    const profile = ctx.user;
    const user = await service.user.getUserByGithubId(profile.id);
    await service.user.gen_session(user, ctx);
    ctx.redirect('/');
  }
}

module.exports = SignController;
