'use strict';

const _ = require('lodash');

const DEFAULT_TEMPLATE = 'New <%- event %> from <%- provider %>: <%- summary %>';
const compiledDefault = _.template(DEFAULT_TEMPLATE);

function renderNotification(template, data) {
  if (!template) {
    return compiledDefault({ event: data.event || 'event', provider: data.provider || 'unknown', summary: data.summary || '' });
  }
  // expect: template-injection
  const compiled = _.template(template);
  return compiled(data);
}

module.exports = { renderNotification };
