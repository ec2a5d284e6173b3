const path = require('node:path');

module.exports = class extends think.Controller {
  static get _REST() {
    return true;
  }

  constructor(ctx) {
    super(ctx);
    this.resource = this.getResource();
    this.id = this.getId();
  }

  getResource() {
    const filename = this.__filename || __filename;
    return path.basename(filename, '.js');
  }

  getId() {
    const id = this.get('id');
    if (id && (think.isString(id) || think.isNumber(id))) {
      return id;
    }
    const last = decodeURIComponent(this.ctx.path.split('/').pop());
    if (last !== this.resource && /^([a-z0-9]+,?)*$/i.test(last)) {
      return last;
    }
    return '';
  }

  async __call() {}
};
