const { Model, QueryTypes } = require('sequelize')

class LibraryItem extends Model {
  static async searchLocal(title, author, provider) {
    const sequelize = this.sequelize
    const orderColumn = provider === 'audible' ? 'asin' : 'isbn'
    if (!author) {
      // expect: sql-injection
      return sequelize.query(`SELECT id, title, ${orderColumn} FROM books WHERE title LIKE '%${title}%' ORDER BY ${orderColumn}`, { type: QueryTypes.SELECT })
    }
    return sequelize.query('SELECT b.id, b.title FROM books b JOIN bookAuthors ba ON ba.bookId = b.id JOIN authors a ON a.id = ba.authorId WHERE b.title LIKE :title AND a.name LIKE :author', {
      replacements: { title: `%${title}%`, author: `%${author}%` },
      type: QueryTypes.SELECT
    })
  }

  static async searchPodcasts(term, limit) {
    return this.sequelize.query('SELECT id, title FROM podcasts WHERE title LIKE ? LIMIT ?', {
      replacements: [`%${term}%`, limit],
      type: QueryTypes.SELECT
    })
  }
}
module.exports = LibraryItem
