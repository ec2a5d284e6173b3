'use strict';

const { readLocaleBundle, readLocaleBundleChecked } = require('../l10n/bundles');

module.exports = (log, config) => {
  return [
    {
      method: 'GET',
      path: '/l10n/{locale}/{bundle}',
      handler: async function (request, h) {
        const { locale, bundle } = request.params;
        const body = config.l10n.strict
          ? await readLocaleBundleChecked(locale, bundle)
          : await readLocaleBundle(locale, bundle);
        return h.response(body).type('text/plain');
      },
    },
  ];
};
