const mongoose = require('mongoose');

class baseModel {
  constructor() {
    this.schema = new mongoose.Schema(this.getSchema());
    this.name = this.getName();
    this.model = mongoose.models[this.name] || mongoose.model(this.name, this.schema, this.name);
  }
}

module.exports = baseModel;
