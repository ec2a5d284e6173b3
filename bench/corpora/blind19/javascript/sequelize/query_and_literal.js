// Sequelize: sequelize.query with interpolation, Sequelize.literal / sequelize.literal, next to replacements
const { Sequelize, QueryTypes, Op } = require('sequelize');
const { Post } = require('./models');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

async function projectsOf(owner) {
  // expect: sql-injection
  return sequelize.query(`SELECT * FROM projects WHERE owner = '${owner}'`, { type: QueryTypes.SELECT });
}

async function postsWithLikes(postId) {
  // expect: sql-injection
  const likes = Sequelize.literal(`(SELECT COUNT(*) FROM likes WHERE likes.post_id = ${postId})`);
  return Post.findAll({ attributes: ['id', 'title', [likes, 'likeCount']] });
}

async function searchPosts(q) {
  // expect: sql-injection
  const where = sequelize.literal("title ILIKE '%" + q + "%'");
  return Post.findAll({ where });
}

async function projectsOfSafe(owner) {
  return sequelize.query('SELECT * FROM projects WHERE owner = :owner', { replacements: { owner }, type: QueryTypes.SELECT });
}

async function projectsBound(owner) {
  return sequelize.query('SELECT * FROM projects WHERE owner = $1', { bind: [owner], type: QueryTypes.SELECT });
}

async function searchPostsSafe(q) {
  return Post.findAll({ where: { title: { [Op.iLike]: `%${q}%` } } });
}

async function newestFirst() {
  return Post.findAll({ order: [[Sequelize.literal('created_at'), 'DESC']] });
}

module.exports = { projectsOf, postsWithLikes, searchPosts, projectsOfSafe, projectsBound, searchPostsSafe, newestFirst };
