'use strict';

module.exports = {
  routes: [
    {
      method: 'GET',
      path: '/articles/search',
      handler: 'article.search',
      config: { policies: ['global::is-authenticated'], middlewares: ['global::tenant'] },
    },
    {
      method: 'GET',
      path: '/articles/search-by-tenant',
      handler: 'article.searchScoped',
      config: { policies: ['global::is-authenticated'], middlewares: ['global::tenant'] },
    },
    {
      method: 'GET',
      path: '/articles/preview',
      handler: 'article.preview',
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/articles/preview-known',
      handler: 'article.previewKnown',
      config: { auth: false },
    },
  ],
};
