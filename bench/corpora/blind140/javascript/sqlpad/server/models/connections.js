class Connections {
  constructor(sequelizeDb, config) {
    this.sequelizeDb = sequelizeDb;
    this.config = config;
  }

  async findOneById(id) {
    const [rows] = await this.sequelizeDb.query('SELECT * FROM connections WHERE id = ?', { replacements: [String(id)] });
    return rows[0];
  }
}

module.exports = Connections;
