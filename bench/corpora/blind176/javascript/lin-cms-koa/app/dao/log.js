'use strict';

const { Op } = require('sequelize');
const { set } = require('lodash');
const { LogModel } = require('../model/log');

const escapeRegExp = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

class LogDao {
  async getLogs (v) {
    const start = v.get('query.start');
    const end = v.get('query.end');
    const condition = {};
    v.get('query.name') && set(condition, 'username', v.get('query.name'));
    start && end && set(condition, 'create_time', { [Op.between]: [start, end] });
    const { rows, count } = await LogModel.findAndCountAll({
      where: condition,
      offset: v.get('query.page') * v.get('query.count'),
      limit: v.get('query.count'),
      order: [['create_time', 'DESC']]
    });
    return { rows, total: count };
  }

  /**
   * Keyword search over the recent log messages. Messages are small, so the last page of
   * rows is filtered in memory; the keyword may be a pattern (admins search for "删除.*图书").
   */
  async searchLogs (v, keyword) {
    const recent = await LogModel.findAll({
      order: [['create_time', 'DESC']],
      limit: 2000
    });
    // expect: redos
    const pattern = new RegExp(keyword, 'i');
    const rows = recent.filter(log => pattern.test(log.message));
    const page = v.get('query.page');
    const count = v.get('query.count');
    return { rows: rows.slice(page * count, (page + 1) * count), total: rows.length };
  }

  /** Highlighting in the log viewer: the keyword is escaped before it becomes a pattern. */
  highlight (message, keyword) {
    if (!keyword) return message;
    const pattern = new RegExp(escapeRegExp(keyword), 'gi');
    return message.replace(pattern, match => `<em>${match}</em>`);
  }

  async getUserNames (start, count) {
    const logs = await LogModel.findAll({
      attributes: ['username'],
      group: ['username'],
      offset: start,
      limit: count
    });
    return logs.map(log => log.getDataValue('username'));
  }
}

module.exports = { LogDao };
