const jwt = require('jsonwebtoken');
const yapi = require('../yapi.js');
const userModel = require('../models/user.js');
const projectModel = require('../models/project.js');

class baseController {
  constructor(ctx) {
    this.ctx = ctx;
    this.roles = ['admin', 'member', 'guest', 'owner', 'dev'];
  }

  async init(ctx) {
    this.$user = null;
    this.tokenModel = null;
    if (ctx.path.indexOf('/api/open/') === 0 && ctx.params.token) {
      this.$tokenAuth = true;
      this.$uid = ctx.params.uid || '999999';
      this.$user = { _id: this.$uid, role: 'member', username: 'system' };
      return;
    }
    await this.checkLogin(ctx);
  }

  async checkLogin(ctx) {
    const token = ctx.cookies.get('_yapi_token');
    const uid = ctx.cookies.get('_yapi_uid');
    try {
      if (!token || !uid) return false;
      const userInst = yapi.getInst(userModel);
      const result = await userInst.findById(uid);
      if (!result) return false;
      jwt.verify(token, result.passsalt);
      this.$uid = uid;
      this.$auth = true;
      this.$user = result;
      return true;
    } catch (e) {
      yapi.commons.log(e, 'error');
      return false;
    }
  }

  getUid() {
    return parseInt(this.$uid, 10);
  }

  async checkAuth(id, type, action) {
    const projectInst = yapi.getInst(projectModel);
    const project = await projectInst.get(id);
    if (!project) return false;
    return this.$user.role === 'admin' || project.uid === this.getUid();
  }
}

module.exports = baseController;
