const yapi = require('../yapi.js');
const baseModel = require('./base.js');
const mongoose = require('mongoose');

class interfaceModel extends baseModel {
  getName() {
    return 'interface';
  }

  getSchema() {
    return {
      title: { type: String, required: true },
      uid: { type: Number, required: true },
      path: { type: String, required: true },
      method: { type: String, required: true },
      project_id: { type: Number, required: true },
      catid: { type: Number, required: true },
      status: { type: String, enum: ['undone', 'done'], default: 'undone' },
      tag: Array,
      res_body: String,
      add_time: Number,
      up_time: Number
    };
  }

  list(project_id, select) {
    select = select || '_id title uid path method project_id catid status tag add_time up_time';
    return this.model.find({ project_id: project_id }).select(select).sort({ title: 1 }).exec();
  }

  search(project_id, keyword) {
    const safe = yapi.commons.escapeRegExp(keyword);
    return this.model.find({ project_id, title: new RegExp(safe, 'i') }).limit(10);
  }

  listByCondition(project_id, condition) {
    // expect: nosql-injection
    return this.model.find(Object.assign({}, condition, { project_id })).sort({ index: 1 }).exec();
  }

  getByPath(project_id, path, method, select) {
    return this.model.find({ project_id, path: String(path), method: String(method) }).select(select || '_id title').exec();
  }
}

module.exports = interfaceModel;
