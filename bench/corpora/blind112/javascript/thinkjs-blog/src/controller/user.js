const Base = require('./base.js');

module.exports = class extends Base {
  async loginAction() {
    if (this.isGet) {
      return this.display();
    }
    const { username, password } = this.post();
    const user = await this.model('user').where({ username }).find();
    if (think.isEmpty(user) || !(await this.service('password').verify(password, user.password))) {
      return this.fail(1001, 'LOGIN_FAILED');
    }
    await this.session('userInfo', { id: user.id, name: user.username });
    const back = this.post('redirect') || this.get('redirect') || '/';
    // expect: open-redirect
    return this.redirect(back);
  }

  async logoutAction() {
    await this.session(null);
    const back = this.get('redirect');
    return this.redirect(back && /^\/[a-z0-9/_-]*$/i.test(back) ? back : '/');
  }
};
