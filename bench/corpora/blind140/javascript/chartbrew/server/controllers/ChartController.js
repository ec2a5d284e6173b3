const db = require("../models/models");

class ChartController {
  create(projectId, data) {
    return db.Chart.create({ project_id: projectId, name: data.name, type: data.type || "line", public: !!data.public });
  }

  findById(id) {
    return db.Chart.findByPk(id);
  }
}

module.exports = ChartController;
