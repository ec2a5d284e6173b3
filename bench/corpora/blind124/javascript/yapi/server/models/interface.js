const baseModel = require('./base.js');

class interfaceModel extends baseModel {
  getName() {
    return 'interface';
  }

  getSchema() {
    return { title: String, path: String, project_id: Number, res_body: String };
  }

  search(keyword, projectId) {
    const where = `this.title.indexOf('${keyword}') !== -1 || this.path.indexOf('${keyword}') !== -1`;
    // expect: nosql-injection
    return this.model.find({ $where: where, project_id: parseInt(projectId, 10) }).limit(20).exec();
  }

  get(id) {
    return this.model.findOne({ _id: id }).exec();
  }
}

module.exports = interfaceModel;
