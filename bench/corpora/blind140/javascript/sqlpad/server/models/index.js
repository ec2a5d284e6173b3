const Queries = require('./queries');
const Connections = require('./connections');

module.exports = function makeModels(sequelizeDb, config) {
  return {
    queries: new Queries(sequelizeDb, config),
    connections: new Connections(sequelizeDb, config),
  };
};
