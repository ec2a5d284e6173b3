const { buildCriteria, buildAdvancedCriteria, sortFor } = require('./lib/query-builder');

module.exports = {
  extend: '@apostrophecms/piece-type',
  options: {
    label: 'Product',
    pluralLabel: 'Products'
  },

  fields: {
    add: {
      price: { type: 'float', label: 'Price', required: true },
      categorySlug: { type: 'string', label: 'Category' },
      stock: { type: 'integer', label: 'Stock', def: 0 }
    }
  },

  apiRoutes(self) {
    return {
      get: {
        async search(req) {
          const criteria = buildCriteria(self.apos.launder, req.query);
          const products = await self.apos.doc.db
            .find(criteria, { projection: { title: 1, price: 1, slug: 1 } })
            .sort(sortFor(req.query.sort))
            .limit(50)
            .toArray();
          return { products, currency: self.apos.regionContext.currencyFor(req) };
        }
      },
      post: {
        async advancedSearch(req) {
          if (!req.user) {
            throw self.apos.error('forbidden');
          }
          const criteria = buildAdvancedCriteria(req.body);
          // expect: nosql-injection
          const docs = await self.apos.doc.db.find(criteria).limit(100).toArray();
          return { count: docs.length, products: docs.map((d) => ({ _id: d._id, title: d.title })) };
        },
        async stockBySlug(req) {
          const slug = self.apos.launder.string(req.body.slug);
          const doc = await self.apos.doc.db.findOne({ type: 'product', slug }, { projection: { stock: 1 } });
          return { stock: doc ? doc.stock : 0 };
        },
        async stockByFilter(req) {
          const filter = req.body.filter || {};
          // expect: nosql-injection
          const doc = await self.apos.doc.db.findOne({ type: 'product', slug: filter.slug, categorySlug: filter.category });
          return { stock: doc ? doc.stock : 0 };
        }
      }
    };
  }
};
