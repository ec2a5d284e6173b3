const baseController = require('./base.js');
const userModel = require('../models/user.js');
const yapi = require('../yapi.js');

class userController extends baseController {
  constructor(ctx) {
    super(ctx);
    this.Model = yapi.getInst(userModel);
  }

  async login(ctx) {
    const { email, password } = ctx.params;
    const user = await this.Model.findByEmail(String(email || ''));
    if (!user || !(await this.Model.checkPassword(user, password))) {
      this.log(`login failed for ${email}`, 'warn');
      ctx.body = this.resReturn(null, 405, 'bad credentials');
      return;
    }
    this.log('login ok', 'info');
    ctx.body = this.resReturn({ uid: user._id });
  }
}

module.exports = userController;
