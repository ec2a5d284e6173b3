const SORTS = {
  price: { price: 1 },
  '-price': { price: -1 },
  newest: { createdAt: -1 },
  title: { titleSortified: 1 }
};

function buildCriteria(launder, input) {
  const criteria = { type: 'product', archived: { $ne: true } };
  const category = launder.string(input.category);
  if (category) {
    criteria.categorySlug = category;
  }
  const min = launder.float(input.minPrice, null);
  if (min !== null) {
    criteria.price = { $gte: min };
  }
  return criteria;
}

function buildAdvancedCriteria(input) {
  const criteria = { type: 'product', archived: { $ne: true } };
  if (input.where && typeof input.where === 'object') {
    Object.assign(criteria, input.where);
  }
  return criteria;
}

function sortFor(key) {
  return SORTS[key] || SORTS.newest;
}

module.exports = { buildCriteria, buildAdvancedCriteria, sortFor };
