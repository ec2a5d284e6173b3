const Base = require('./base.js');

module.exports = class extends Base {
  async backupAction() {
    const { table, label, safe } = this.post();
    const service = this.service('backup', think.config('mysql'));
    const file = safe ? await service.dumpTable(table) : await service.dump(table, label);
    return this.success({ file });
  }
};
