'use strict';

const Controller = require('egg').Controller;

class AvatarController extends Controller {
  // /avatar/:name - name is decoded by the router
  async show() {
    const { ctx, service } = this;
    ctx.type = 'image/png';
    ctx.body = service.store.openAvatar(ctx.params.name);
  }

  async byUser() {
    const { ctx, service } = this;
    const user = await service.user.getUserByLoginName(ctx.params.loginname);
    if (!user) {
      ctx.status = 404;
      return;
    }
    ctx.type = 'image/png';
    ctx.body = service.store.openAvatarOf(user._id.toString());
  }
}

module.exports = AvatarController;
