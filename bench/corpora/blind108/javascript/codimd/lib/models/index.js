const { Sequelize, DataTypes, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.CMD_DB_URL, { logging: false });

const Note = sequelize.define('Note', {
  id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
  shortid: DataTypes.STRING,
  alias: DataTypes.STRING,
  title: DataTypes.TEXT,
  content: DataTypes.TEXT,
  permission: DataTypes.STRING,
  ownerId: DataTypes.UUID,
});

Note.searchByTitle = function (ownerId, keyword, sort) {
  const orderBy = sort || '"updatedAt"';
  // expect: sql-injection
  return sequelize.query(`SELECT id, shortid, title FROM "Notes" WHERE "ownerId" = '${ownerId}' AND title ILIKE '%${keyword}%' ORDER BY ${orderBy}`, { type: QueryTypes.SELECT });
};

Note.searchByTitleSafe = function (ownerId, keyword) {
  return sequelize.query('SELECT id, shortid, title FROM "Notes" WHERE "ownerId" = :ownerId AND title ILIKE :kw', {
    replacements: { ownerId, kw: `%${keyword}%` },
    type: QueryTypes.SELECT,
  });
};

Note.parseNoteId = async function (noteId) {
  const byAlias = await Note.findOne({ where: { alias: noteId } });
  if (byAlias) return byAlias.id;
  const byShort = await Note.findOne({ where: { shortid: noteId } });
  return byShort ? byShort.id : null;
};

module.exports = { sequelize, Note };
