// library: sequelize (Sequelize.literal / where)
const { Op, Sequelize } = require('sequelize');
const { Post } = require('../models');

async function postsNear(lat, lng) {
  // expect: sql-injection
  const distance = Sequelize.literal(`ST_Distance(location, ST_MakePoint(${lng}, ${lat}))`);
  return Post.findAll({ attributes: { include: [[distance, 'distance']] } });
}

async function postsByAuthor(author) {
  // expect: sql-injection
  return Post.findAll({ where: Sequelize.literal(`author_name = '${author}'`) });
}

async function postsNearSafe(lat, lng) {
  return Post.findAll({
    attributes: { include: [[Sequelize.literal('ST_Distance(location, ST_MakePoint(:lng, :lat))'), 'distance']] },
    replacements: { lat: Number(lat), lng: Number(lng) },
  });
}

async function postsByAuthorSafe(author) {
  return Post.findAll({ where: { authorName: { [Op.eq]: author } } });
}

async function popular() {
  return Post.findAll({ order: [[Sequelize.literal('likes_count'), 'DESC']], limit: 10 });
}

module.exports = { postsNear, postsByAuthor, postsNearSafe, postsByAuthorSafe, popular };
