const { escapeHtml } = require('./escape');

function welcomeEmail(user) {
  // expect: xss
  const body = `<h1>Welcome, ${user.firstName}!</h1><p>Thanks for joining ${user.teamName}.</p>`;
  return { subject: 'Welcome aboard', html: body };
}

function digestEmail(items) {
  // expect: xss
  const list = items.map((i) => `<li><a href="${i.url}">${i.title}</a></li>`).join('');
  return `<ul>${list}</ul>`;
}

function noResults(req, res) {
  // expect: xss
  res.send(`<p class="empty">No results for ${req.query.q}</p>`);
}

function safeDigest(items) {
  return items.map((i) => `<li>${escapeHtml(i.title)}</li>`).join('');
}

function plainText(user, order) {
  return `Hello ${user.firstName}, your order ${order.id} has shipped.`;
}

const FOOTER = `<hr/><p>You are receiving this because you signed up.</p>`;

module.exports = { welcomeEmail, digestEmail, noResults, safeDigest, plainText, FOOTER };
