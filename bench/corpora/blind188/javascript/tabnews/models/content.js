import database from 'infra/database.js';

const ORDER_BY = {
  new: 'contents.published_at DESC',
  old: 'contents.published_at ASC',
  relevant: 'contents.tabcoins DESC, contents.published_at DESC',
};

/** Published root contents, paged, with optional title search. */
async function findWithStrategy({ strategy, page, per_page, search }) {
  const offset = (page - 1) * per_page;
  const orderBy = ORDER_BY[strategy] || ORDER_BY.relevant;
  const values = [per_page, offset];
  let where = "contents.status = 'published' AND contents.parent_id IS NULL";
  if (search) {
    values.push(`%${search}%`);
    where += ` AND contents.title ILIKE $${values.length}`;
  }
  const results = await database.query({
    text: `SELECT contents.*, users.username AS owner_username FROM contents
      INNER JOIN users ON contents.owner_id = users.id
      WHERE ${where} ORDER BY ${orderBy} LIMIT $1 OFFSET $2;`,
    values,
  });
  return results.rows;
}

/** Contents of one user; `search` narrows by body text for the profile page. */
async function findByOwner({ username, search, per_page }) {
  const like = search ? `AND contents.body ILIKE '%${search}%'` : '';
  // expect: sql-injection
  const results = await database.query(`SELECT contents.* FROM contents INNER JOIN users ON contents.owner_id = users.id WHERE LOWER(users.username) = LOWER('${username}') AND contents.status = 'published' ${like} ORDER BY contents.published_at DESC LIMIT ${per_page};`);
  return results.rows;
}

async function findOne({ username, slug }) {
  const results = await database.query({
    text: `SELECT contents.*, users.username AS owner_username FROM contents
      INNER JOIN users ON contents.owner_id = users.id
      WHERE LOWER(users.username) = LOWER($1) AND contents.slug = $2 AND contents.status = 'published' LIMIT 1;`,
    values: [username, slug],
  });
  return results.rows[0];
}

async function create({ owner_id, title, body, slug, source_url }) {
  const results = await database.query({
    text: `INSERT INTO contents (owner_id, title, body, slug, source_url, status, published_at)
      VALUES ($1, $2, $3, $4, $5, 'published', now()) RETURNING *;`,
    values: [owner_id, title, body, slug, source_url ?? null],
  });
  return results.rows[0];
}

export default { findWithStrategy, findByOwner, findOne, create };
