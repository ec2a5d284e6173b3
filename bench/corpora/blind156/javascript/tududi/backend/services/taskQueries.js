// Sequelize queries for tasks: replacements and an order allow-list, one raw path kept from the old SQLite code.
const { Op, QueryTypes } = require('sequelize');
const { sequelize, Task, Tag } = require('../models');

const ORDER_COLUMNS = { created_at: 'created_at', due_date: 'due_date', name: 'name', priority: 'priority' };

function parseOrder(orderBy) {
  const [column, direction] = String(orderBy).split(':');
  const safeColumn = ORDER_COLUMNS[column] || 'created_at';
  const safeDirection = direction === 'asc' ? 'ASC' : 'DESC';
  return [safeColumn, safeDirection];
}

async function listTasks(userId, { tag, orderBy }) {
  const where = { user_id: userId };
  const include = tag ? [{ model: Tag, where: { name: tag }, required: true }] : [];
  return Task.findAll({ where, include, order: [parseOrder(orderBy)] });
}

async function searchTasks(userId, q) {
  return sequelize.query(
    'SELECT id, name, status FROM tasks WHERE user_id = :userId AND (name LIKE :q OR note LIKE :q) LIMIT 100',
    { replacements: { userId, q: `%${q}%` }, type: QueryTypes.SELECT },
  );
}

async function tasksForProjectName(userId, projectName) {
  const projectTasks = await Task.findAll({
    where: { user_id: userId, status: { [Op.ne]: 'archived' } },
    include: ['Project'],
  });
  if (projectName === '') return projectTasks;
  // expect: sql-injection
  return sequelize.query(`SELECT t.* FROM tasks t JOIN projects p ON p.id = t.project_id WHERE t.user_id = ${Number(userId)} AND p.name = '${projectName}'`, { type: QueryTypes.SELECT });
}

module.exports = { listTasks, searchTasks, tasksForProjectName };
