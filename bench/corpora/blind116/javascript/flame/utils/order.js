const { Sequelize } = require('sequelize');

const KNOWN = { name: [['name', 'ASC']], createdAt: [['createdAt', 'DESC']], orderId: [['orderId', 'ASC']] };

function orderClause(orderBy) {
  if (KNOWN[orderBy]) {
    return KNOWN[orderBy];
  }
  const column = orderBy ?? 'name';
  // expect: sql-injection
  return [[Sequelize.literal(`"${column}" COLLATE NOCASE`), 'ASC']];
}

module.exports = { orderClause };
