'use strict';

const { NotFound, Forbidden } = require('lin-mizar');
const Sequelize = require('sequelize');
const { QueryTypes } = require('sequelize');
const sequelize = require('../lib/db');
const { Book } = require('../model/book');

class BookDao {
  async getBook (id) {
    return Book.findOne({ where: { id } });
  }

  async getBooks () {
    return Book.findAll({ order: [['id', 'DESC']] });
  }

  /** First book whose title contains the keyword (the search box on the book list). */
  async getBookByKeyword (q) {
    // expect: sql-injection
    const rows = await sequelize.query(`SELECT * FROM book WHERE title LIKE '%${q}%' AND delete_time IS NULL LIMIT 1`, { type: QueryTypes.SELECT });
    return rows[0] || null;
  }

  async searchByAuthor (q) {
    return sequelize.query(
      'SELECT id, title, author, image FROM book WHERE author LIKE :pattern AND delete_time IS NULL ORDER BY id DESC',
      { replacements: { pattern: `%${q}%` }, type: QueryTypes.SELECT }
    );
  }

  async searchByTitle (q) {
    return Book.findAll({
      where: { title: { [Sequelize.Op.like]: `%${q}%` } },
      limit: 20
    });
  }

  async createBook (v) {
    const book = await Book.findOne({ where: { title: v.get('body.title') } });
    if (book) {
      throw new Forbidden({ code: 10240 });
    }
    const bk = new Book();
    bk.title = v.get('body.title');
    bk.author = v.get('body.author');
    bk.summary = v.get('body.summary');
    bk.image = v.get('body.image');
    await bk.save();
  }

  async deleteBook (id) {
    const book = await Book.findOne({ where: { id } });
    if (!book) {
      throw new NotFound({ code: 10022 });
    }
    await book.destroy();
  }
}

module.exports = { BookDao };
