// Lists stored messages of a domain's mailbox (SQLite per alias, as Forward Email's IMAP storage).
const mailboxStore = require('../../../../helpers/mailbox-store');

const SORT_FIELDS = new Set(['hdate', 'subject', 'size']);

async function list(ctx) {
  const { domain, searchTerm } = ctx.state;
  const sort = SORT_FIELDS.has(ctx.query.sort) ? ctx.query.sort : 'hdate';
  const rows = mailboxStore.search(domain.id, searchTerm, sort);
  ctx.logger.info('listed messages', { domain: domain.name, count: rows.length, termLength: searchTerm.length });
  ctx.body = { messages: rows };
}

async function legacyList(ctx) {
  const { domain, searchTerm } = ctx.state;
  const folder = ctx.query.folder || 'INBOX';
  const rows = mailboxStore.legacySearch(domain.id, folder, searchTerm);
  // expect: log-injection
  ctx.logger.warn(`legacy message list used by ${ctx.state.user.email} for folder ${folder}`);
  ctx.body = { messages: rows };
}

async function count(ctx) {
  const { domain } = ctx.state;
  const folder = typeof ctx.query.folder === 'string' ? ctx.query.folder : 'INBOX';
  const total = mailboxStore.countByFolder(domain.id, folder);
  ctx.logger.debug('counted messages', { domain: domain.name, total });
  ctx.body = { folder, total };
}

module.exports = { list, legacyList, count };
