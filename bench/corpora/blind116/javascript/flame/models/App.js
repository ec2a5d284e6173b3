const { DataTypes } = require('sequelize');
const { sequelize } = require('../db');

const App = sequelize.define('App', {
  name: { type: DataTypes.STRING, allowNull: false },
  url: { type: DataTypes.STRING, allowNull: false },
  icon: { type: DataTypes.STRING, defaultValue: 'cancel' },
  isPinned: { type: DataTypes.BOOLEAN, defaultValue: false },
  isPublic: { type: DataTypes.BOOLEAN, defaultValue: true },
  orderId: { type: DataTypes.INTEGER, defaultValue: null },
}, { tableName: 'apps' });

module.exports = App;
