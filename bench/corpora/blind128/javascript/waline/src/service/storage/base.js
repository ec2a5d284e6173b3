module.exports = class extends think.Service {
  constructor(tableName) {
    super();
    this.tableName = tableName;
  }
};
