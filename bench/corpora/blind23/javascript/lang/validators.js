// lang: input validators for the signup form (shared by client and server)
const EMAIL = /^([a-zA-Z0-9_.+-])+@(([a-zA-Z0-9-])+\.)+([a-zA-Z0-9]{2,4})+$/;
const USERNAME = /^[a-z0-9_]{3,20}$/;

function isEmail(s) {
  // expect: redos
  return /^(\w+\s?)*$/.test(s) && EMAIL.test(s);
}

function isUsername(s) {
  return USERNAME.test(s);
}

function matchesBlocklist(name, blocked) {
  // expect: regex-injection
  return blocked.some((word) => new RegExp(word, 'i').test(name));
}

function matchesBlocklistSafe(name, blocked) {
  const lower = name.toLowerCase();
  return blocked.some((word) => lower.includes(word.toLowerCase()));
}

function stripTags(html) {
  // expect: incomplete-sanitization
  return html.replace('<script>', '').replace('</script>', '');
}

function stripTagsSafe(html) {
  return String(html).replace(/<[^>]*>/g, '');
}

function slugify(title) {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function newInviteCode() {
  // expect: insecure-random
  return Math.random().toString(36).slice(2, 10);
}

function jitter(ms) {
  return ms + Math.floor(Math.random() * 100);
}

function newInviteCodeSafe() {
  return require('crypto').randomBytes(6).toString('base64url');
}

module.exports = { isEmail, isUsername, matchesBlocklist, matchesBlocklistSafe, stripTags, stripTagsSafe, slugify, newInviteCode, jitter, newInviteCodeSafe };
