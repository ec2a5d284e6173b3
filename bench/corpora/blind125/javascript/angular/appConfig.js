(function () {
  'use strict';

  angular
    .module('media.player', ['ngSanitize'])
    .config(configureSce);

  configureSce.$inject = ['$sceDelegateProvider'];
  function configureSce($sceDelegateProvider) {
    // Videos are served from whichever CloudFront distribution the encoder picked.
    // expect: xss
    $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://**.cloudfront.net/**']);
  }

  angular
    .module('media.uploads', [])
    .config(['$sceDelegateProvider', function ($sceDelegateProvider) {
      // expect: xss
      $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://**.s3.amazonaws.com/**']);
    }]);

  angular
    .module('media.legacyEmbeds', [])
    .config(['$sceDelegateProvider', function ($sceDelegateProvider) {
      // expect: xss
      $sceDelegateProvider.resourceUrlWhitelist(['**']);
    }]);

  // Safe look-alikes: fixed hosts, wildcards only in the path.
  angular
    .module('media.youtube', [])
    .config(['$sceDelegateProvider', function ($sceDelegateProvider) {
      $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://www.youtube.com/embed/**']);
    }]);

  angular
    .module('media.cdn', [])
    .config(['$sceDelegateProvider', function ($sceDelegateProvider) {
      $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://cdn.example.com/media/**']);
      $sceDelegateProvider.resourceUrlBlacklist(['https://cdn.example.com/media/private/**']);
    }]);
})();
