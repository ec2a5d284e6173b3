const { logLogin } = require('../service/audit.js');

const escapeHtml = (value) =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

module.exports = class extends think.Controller {
  async indexAction() {
    const { code, type = 'github', redirect, state } = this.get();

    if (!code) {
      const callback = `${this.ctx.protocol}://${this.ctx.host}/api/oauth?type=${encodeURIComponent(type)}`;
      return this.redirect(`${think.config('oauthUrl')}/${encodeURIComponent(type)}?redirect=${encodeURIComponent(callback)}&state=${encodeURIComponent(state || '')}`);
    }

    const user = await this.service('oauth').exchange(type, code);
    logLogin(user.objectId);

    if (type === 'github') {
      const safe = redirect && redirect.startsWith('/') && !redirect.startsWith('//') ? redirect : '/ui/profile';
      return this.redirect(safe);
    }
    // expect: open-redirect
    return this.redirect(redirect || '/ui/profile');
  }

  async failAction() {
    const { reason = 'unknown', lang = 'en' } = this.get();
    this.type = 'html';
    // expect: xss
    this.body = `<!doctype html><html lang="${lang}"><body><p>Login failed: ${escapeHtml(reason)}</p></body></html>`;
  }

  async doneAction() {
    const { nick = '' } = this.get();
    this.type = 'html';
    this.body = `<!doctype html><html><body><p>Welcome, ${escapeHtml(nick)}</p></body></html>`;
  }
};
