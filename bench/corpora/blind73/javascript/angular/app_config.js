(function () {
  'use strict';

  angular.module('portal', ['ngRoute', 'portal.media', 'portal.reports', 'portal.legacy']);

  // Media module: embeds videos and documents uploaded by customers.
  angular.module('portal.media', [])
    .config(['$sceDelegateProvider', function ($sceDelegateProvider) {
      $sceDelegateProvider.resourceUrlWhitelist([
        'self',
        // expect: xss
        'https://**.s3.amazonaws.com/**',
        'https://player.vimeo.com/video/**',
      ]);
    }]);

  // Reports module: iframes whatever the report service points at.
  angular.module('portal.reports', [])
    .config(function ($sceDelegateProvider) {
      // expect: xss
      $sceDelegateProvider.resourceUrlWhitelist(['self', '**']);
    });

  // Legacy module (AngularJS 1.8 names).
  // expect: xss
  var LEGACY_TRUSTED = ['self', 'https://**'];

  configureLegacy.$inject = ['$sceDelegateProvider'];
  function configureLegacy($sceDelegateProvider) {
    $sceDelegateProvider.resourceUrlAllowlist(LEGACY_TRUSTED);
    $sceDelegateProvider.resourceUrlBlocklist(['http://**']);
  }
  angular.module('portal.legacy', []).config(configureLegacy);

  // Help centre: templates from our CDN host only.
  angular.module('portal.help', [])
    .config(['$sceDelegateProvider', function (provider) {
      // expect: xss
      provider.resourceUrlAllowlist(['self', 'https://cdn.example.com/**', '**.example.com/**']);
    }]);

  // Status page: fixed hosts, path wildcards only.
  angular.module('portal.status', [])
    .config(['$sceDelegateProvider', function ($sceDelegateProvider) {
      $sceDelegateProvider.resourceUrlWhitelist([
        'self',
        'https://status.example.com/embed/**',
        'https://www.youtube-nocookie.com/embed/**',
      ]);
      $sceDelegateProvider.resourceUrlBlacklist(['https://status.example.com/embed/redirect**']);
    }]);
})();
