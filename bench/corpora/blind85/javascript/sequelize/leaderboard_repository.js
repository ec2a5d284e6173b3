const db = require('../models');
const { QueryTypes } = require('sequelize');

const SORTABLE = { score: 'score', wins: 'wins', updated: 'updated_at' };

class LeaderboardRepository {
  async topPlayers(season, region) {
    // expect: sql-injection
    return db.sequelize.query(`SELECT player_id, score FROM leaderboard WHERE season = ${season} AND region = '${region}' ORDER BY score DESC LIMIT 100`, { type: QueryTypes.SELECT });
  }

  async playerHistory(playerId, fromDate) {
    const sql = `SELECT * FROM matches WHERE player_id = '${playerId}' AND played_at >= '${fromDate}'`;
    // expect: sql-injection
    return db.sequelize.query(sql, { type: QueryTypes.SELECT });
  }

  async searchByName(prefix) {
    // expect: sql-injection
    const [rows] = await db.sequelize.query("SELECT id, name FROM players WHERE name LIKE '" + prefix + "%'");
    return rows;
  }

  async clanMembers(clanTag, orderBy) {
    const query = 'SELECT p.* FROM players p JOIN clans c ON c.id = p.clan_id WHERE c.tag = \'' + clanTag + '\' ORDER BY ' + orderBy;
    // expect: sql-injection
    return db.sequelize.query(query, {
      type: QueryTypes.SELECT,
    });
  }

  async ranked(season, sortKey) {
    const column = SORTABLE[sortKey] || 'score';
    return db.sequelize.query(`SELECT player_id FROM leaderboard WHERE season = :season ORDER BY ${column} DESC`, {
      replacements: { season },
      type: QueryTypes.SELECT,
    });
  }

  async player(id) {
    return db.sequelize.query('SELECT * FROM players WHERE id = $1', { bind: [id], type: QueryTypes.SELECT });
  }

  async seasons() {
    return db.sequelize.query('SELECT DISTINCT season FROM leaderboard ORDER BY season', { type: QueryTypes.SELECT });
  }
}

module.exports = new LeaderboardRepository();
