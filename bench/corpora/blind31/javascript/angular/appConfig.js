(function () {
  'use strict';

  angular
    .module('storefront', ['ngRoute', 'ngSanitize'])
    .config(['$sceDelegateProvider', function ($sceDelegateProvider) {
      // expect: weak-allowlist
      $sceDelegateProvider.resourceUrlWhitelist(['self', '**']);
    }]);

  angular
    .module('storefront.media', [])
    .config(function ($sceDelegateProvider) {
      // expect: weak-allowlist
      $sceDelegateProvider.resourceUrlWhitelist([
        'self',
        'https://**.akamaized.net/**',
      ]);
      $sceDelegateProvider.resourceUrlBlacklist(['https://cdn.acme-shop.com/legacy/**']);
    });

  angular
    .module('storefront.widgets', [])
    .config(['$sceDelegateProvider', function (sceDelegate) {
      // expect: weak-allowlist
      sceDelegate.trustedResourceUrlList(['self', 'https://widgets.**.partner-cdn.com/templates/**']);
    }]);

  angular
    .module('storefront.embed', [])
    .config(['$sceDelegateProvider', function ($sceDelegateProvider) {
      // expect: weak-allowlist
      $sceDelegateProvider.resourceUrlWhitelist(['self', '**.youtube.com/embed/**']);
    }]);

  angular
    .module('storefront.templates', [])
    .config(['$sceDelegateProvider', function ($sceDelegateProvider) {
      $sceDelegateProvider.resourceUrlWhitelist([
        'self',
        'https://cdn.acme-shop.com/templates/**',
      ]);
    }]);
})();
