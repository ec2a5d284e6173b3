module.exports = class extends think.Controller {
  async __before() {
    const userInfo = await this.session('userInfo');
    this.ctx.state.userInfo = userInfo || {};
    this.ctx.state.lang = this.get('lang') || this.cookie('lang') || 'en';
    if (this.ctx.controller.startsWith('admin') && think.isEmpty(userInfo)) {
      return this.redirect('/user/login');
    }
  }

  success(data) {
    return this.json({ errno: 0, data });
  }
};
