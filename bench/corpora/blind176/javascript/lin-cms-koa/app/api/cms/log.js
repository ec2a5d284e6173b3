'use strict';

const { LinRouter } = require('lin-mizar');
const { LogFindValidator } = require('../../validator/log');
const { PaginateValidator } = require('../../validator/common');
const { adminRequired, groupRequired } = require('../../middleware/jwt');
const { LogDao } = require('../../dao/log');

const log = new LinRouter({
  prefix: '/cms/log',
  module: '日志'
});

const logDao = new LogDao();

log.linGet(
  'getLogs',
  '/',
  log.permission('查询所有日志'),
  groupRequired,
  async ctx => {
    const v = await new LogFindValidator().validate(ctx);
    const { rows, total } = await logDao.getLogs(v);
    ctx.json({
      total,
      items: rows,
      page: v.get('query.page'),
      count: v.get('query.count')
    });
  }
);

log.linGet(
  'getUserLogs',
  '/search',
  log.permission('搜索日志'),
  groupRequired,
  async ctx => {
    const v = await new LogFindValidator().validate(ctx);
    const keyword = v.get('query.keyword', false, '');
    const { rows, total } = await logDao.searchLogs(v, keyword);
    ctx.json({
      total,
      items: rows.map(row => ({ ...row.toJSON(), message: logDao.highlight(row.message, keyword) })),
      page: v.get('query.page'),
      count: v.get('query.count')
    });
  }
);

log.linGet(
  'getUsers',
  '/users',
  log.permission('查询日志记录的用户'),
  adminRequired,
  async ctx => {
    const v = await new PaginateValidator().validate(ctx);
    const arr = await logDao.getUserNames(v.get('query.page'), v.get('query.count'));
    ctx.json({ items: arr, total: arr.length });
  }
);

module.exports = { log };
