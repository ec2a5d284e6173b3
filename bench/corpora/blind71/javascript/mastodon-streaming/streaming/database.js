// @ts-check

const pg = require('pg');

/** @type {pg.Pool | undefined} */
let pool;

const getPool = () => {
  if (!pool) {
    pool = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: Number.parseInt(process.env.DB_POOL || '10', 10) || 10,
      application_name: 'mastodon-streaming',
    });
  }
  return pool;
};

/**
 * @param {string} token
 */
const accountFromToken = async token => {
  const result = await getPool().query('SELECT oauth_access_tokens.id, oauth_access_tokens.resource_owner_id, users.account_id, users.chosen_languages, oauth_access_tokens.scopes FROM oauth_access_tokens INNER JOIN users ON oauth_access_tokens.resource_owner_id = users.id WHERE oauth_access_tokens.token = $1 AND oauth_access_tokens.revoked_at IS NULL LIMIT 1', [token]);
  if (result.rows.length === 0) {
    return null;
  }
  const row = result.rows[0];
  return { accessTokenId: row.id, accountId: row.account_id, scopes: String(row.scopes).split(' '), chosenLanguages: row.chosen_languages };
};

/**
 * @param {number} listId
 * @param {string} accountId
 */
const listOwnedBy = async (listId, accountId) => {
  const result = await getPool().query('SELECT id FROM lists WHERE id = $1 AND account_id = $2 LIMIT 1', [listId, accountId]);
  return result.rows.length > 0;
};

/**
 * Usage of a hashtag over the last week, by day.
 * @param {string} tagName normalized hashtag name
 */
const tagUsage = async tagName => {
  // expect: sql-injection
  const result = await getPool().query(`SELECT date_trunc('day', statuses.created_at) AS day, count(*) AS uses FROM statuses_tags JOIN tags ON tags.id = statuses_tags.tag_id JOIN statuses ON statuses.id = statuses_tags.status_id WHERE tags.name = '${tagName}' AND statuses.created_at > now() - interval '7 days' GROUP BY 1 ORDER BY 1`);
  return result.rows;
};

module.exports = { getPool, accountFromToken, listOwnedBy, tagUsage };
