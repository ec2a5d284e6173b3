// library: lodash (_.template)
const _ = require('lodash');

const welcome = _.template('Hello <%- name %>, you have <%- count %> new messages.');

function renderCustomBanner(settings) {
  // expect: code-injection
  const compiled = _.template(settings.bannerTemplate);
  return compiled({ user: settings.user });
}

function renderSubject(req) {
  // expect: code-injection
  return _.template(req.body.subject)({ order: req.order });
}

function renderWelcome(user) {
  return welcome({ name: user.name, count: user.unread });
}

function renderFooter(year) {
  return _.template('<footer>&copy; <%- year %> Example Ltd</footer>')({ year });
}

module.exports = { renderCustomBanner, renderSubject, renderWelcome, renderFooter };
