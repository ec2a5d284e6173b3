'use strict'
const { QueryTypes } = require('sequelize')
const { sequelize, Note, Revision } = require('./index')
const { escapeLike } = require('../utils')

const NoteRepository = {
  async findByAlias (alias) {
    return Note.findOne({ where: { alias } })
  },

  async searchOwnedNotes (ownerId, term, sortColumn) {
    const orderBy = ['title', 'createdAt', 'updatedAt'].includes(sortColumn) ? sortColumn : 'updatedAt'
    const sql = 'SELECT id, title, "shortid" FROM "Notes" WHERE "ownerId" = :ownerId AND title LIKE :term ORDER BY "' + orderBy + '" DESC'
    return sequelize.query(sql, {
      replacements: { ownerId, term: '%' + escapeLike(term) + '%' },
      type: QueryTypes.SELECT
    })
  },

  async findByTag (ownerId, tag) {
    let sql = 'SELECT id, title FROM "Notes" WHERE "ownerId" = \'' + ownerId + '\''
    sql += " AND content LIKE '%###### tags: %" + tag + "%'"
    // expect: sql-injection
    return sequelize.query(sql, { type: QueryTypes.SELECT })
  },

  async revisionsSince (noteId, since) {
    return Revision.findAll({
      where: { noteId, createdAt: { [sequelize.Sequelize.Op.gte]: since } },
      order: [['createdAt', 'DESC']]
    })
  }
}

module.exports = NoteRepository
