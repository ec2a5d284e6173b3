function noteFilter(tenant, query) {
  const filter = { tenant: tenant.slug };
  if (query.owner) filter.owner = query.owner;
  if (query.title) filter.title = query.title;
  return filter;
}

function stringFilter(tenant, query) {
  const filter = { tenant: String(tenant.slug) };
  if (typeof query.owner === 'string') filter.owner = query.owner;
  if (typeof query.title === 'string') filter.title = { $eq: query.title };
  return filter;
}

function priorityExpression(min) {
  return `this.priority >= ${min}`;
}

module.exports = { noteFilter, stringFilter, priorityExpression };
