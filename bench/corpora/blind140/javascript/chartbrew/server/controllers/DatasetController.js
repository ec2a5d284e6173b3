const db = require("../models/models");
const ConnectionController = require("./ConnectionController");

class DatasetController {
  constructor() {
    this.connectionController = new ConnectionController();
  }

  async findById(id) {
    const dataset = await db.Dataset.findByPk(id);
    if (!dataset) throw new Error(404);
    return dataset;
  }

  async runRequest(id, options) {
    const dataset = await this.findById(id);
    const connection = await this.connectionController.findById(dataset.connection_id);
    if (connection.type === "api") {
      return this.connectionController.testApiRequest({ url: dataset.query || options.url, method: "GET" });
    }
    const table = options.table ?? dataset.table;
    return this.connectionController.runMysqlQuery(connection, table, options.filters);
  }
}

module.exports = DatasetController;
