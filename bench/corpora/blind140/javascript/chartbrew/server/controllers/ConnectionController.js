const axios = require("axios");
const { Sequelize, QueryTypes } = require("sequelize");
const db = require("../models/models");

const ALLOWED_API_HOSTS = new Set(["api.stripe.com", "api.github.com", "plausible.io"]);

class ConnectionController {
  findById(id) {
    return db.Connection.findByPk(id);
  }

  testApiRequest({ url, method = "GET", headers = {} }) {
    // expect: ssrf
    return axios({ url, method, headers, timeout: 10000 }).then((resp) => resp.data);
  }

  testKnownApiRequest({ url, method = "GET" }) {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" || !ALLOWED_API_HOSTS.has(parsed.hostname)) {
      return Promise.reject(new Error("Host not allowed"));
    }
    return axios({ url: parsed.toString(), method, timeout: 10000 }).then((resp) => resp.data);
  }

  async runMysqlQuery(connection, table, filters = []) {
    const sequelize = new Sequelize(connection.dbName, connection.username, connection.password, {
      host: connection.host,
      dialect: "mysql",
      logging: false,
    });
    const where = filters.map((f) => `\`${String(f.field).replace(/`/g, "")}\` = ?`).join(" AND ") || "1 = 1";
    const values = filters.map((f) => f.value);
    // expect: sql-injection
    return sequelize.query(`SELECT * FROM ${table} WHERE ${where} LIMIT 1000`, { replacements: values, type: QueryTypes.SELECT });
  }
}

module.exports = ConnectionController;
