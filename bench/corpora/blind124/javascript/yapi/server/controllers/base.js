const yapi = require('../yapi.js');

class baseController {
  constructor(ctx) {
    this.ctx = ctx;
  }

  async init(ctx) {
    this.$uid = null;
    const token = ctx.cookies.get('_yapi_token');
    const uid = ctx.cookies.get('_yapi_uid');
    if (token && uid) {
      this.$uid = uid;
    }
  }

  resReturn(data, num = 0, errmsg = 'success') {
    return { errcode: num, errmsg, data };
  }

  log(message, type) {
    yapi.commons.log(message, type);
  }
}

module.exports = baseController;
