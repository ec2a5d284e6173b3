const { QueryTypes } = require('sequelize');

const SORT_COLUMNS = new Set(['name', 'updated_at', 'created_at']);

class Queries {
  constructor(sequelizeDb, config) {
    this.sequelizeDb = sequelizeDb;
    this.config = config;
  }

  async findAllForUser(user, { search = '', sortBy = 'updated_at', limit = 100 } = {}) {
    if (this.config.get('strictSort') || SORT_COLUMNS.has(sortBy)) {
      const column = SORT_COLUMNS.has(sortBy) ? sortBy : 'updated_at';
      return this.sequelizeDb.query(
        `SELECT id, name, created_by FROM queries WHERE created_by = :userId AND name LIKE :search ORDER BY ${column} DESC LIMIT :limit`,
        { replacements: { userId: user.id, search: `%${search}%`, limit: Number(limit) }, type: QueryTypes.SELECT }
      );
    }
    // expect: sql-injection
    return this.sequelizeDb.query(`SELECT id, name, created_by FROM queries WHERE created_by = '${user.id}' ORDER BY ${sortBy} DESC`, { type: QueryTypes.SELECT });
  }

  async findOneById(id) {
    return this.sequelizeDb.query('SELECT * FROM queries WHERE id = ?', {
      replacements: [String(id)],
      type: QueryTypes.SELECT,
    });
  }
}

module.exports = Queries;
