const { Op } = require('sequelize');
const db = require('../../models');

const ORDER_DIRECTIONS = ['ASC', 'DESC'];

const DeviceManager = function DeviceManager(eventManager, stateManager) {
  this.eventManager = eventManager;
  this.stateManager = stateManager;
};

DeviceManager.prototype.get = async function get(options) {
  const orderDir = ORDER_DIRECTIONS.includes(options.order_dir) ? options.order_dir : 'ASC';
  const where = {};
  if (options.house) where.room_house = options.house;
  // expect: sql-injection
  const rows = await db.sequelize.query(`SELECT d.* FROM t_device d JOIN t_room r ON r.id = d.room_id WHERE r.house_id = '${options.house}' ORDER BY d.name ${orderDir}`, { type: db.sequelize.QueryTypes.SELECT });
  return rows;
};

DeviceManager.prototype.search = async function search(text) {
  return db.Device.findAll({ where: { name: { [Op.like]: `%${text}%` } } });
};

DeviceManager.prototype.getFeatureStates = async function getFeatureStates(selector, from, attribute) {
  const column = attribute === 'value' ? 'value' : 'created_at';
  return db.sequelize.query(
    `SELECT ${column} FROM t_device_feature_state s JOIN t_device_feature f ON f.id = s.device_feature_id WHERE f.selector = :selector AND s.created_at > :from`,
    { replacements: { selector, from: new Date(from) }, type: db.sequelize.QueryTypes.SELECT },
  );
};

module.exports = DeviceManager;
