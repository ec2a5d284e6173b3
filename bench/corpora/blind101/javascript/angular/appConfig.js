angular.module('portalApp', ['ngRoute'])
  .config(['$sceDelegateProvider', function ($sceDelegateProvider) {
    $sceDelegateProvider.resourceUrlWhitelist([
      'self',
      'https://cdn.example.com/templates/**',
    ]);
  }]);

angular.module('partnerWidgets', [])
  .config(function ($sceDelegateProvider) {
    // expect: xss
    $sceDelegateProvider.resourceUrlWhitelist(['self', '**']);
  });

angular.module('legacyEmbeds', [])
  .config(function ($sceDelegateProvider) {
    // expect: xss
    $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://**.example-partners.com/**']);
  });

angular.module('videoPlayer', [])
  .config(['$sceDelegateProvider', function (provider) {
    provider.resourceUrlBlacklist(['http://**']);
  }]);

angular.module('reportsApp', [])
  .config(function ($sceDelegateProvider) {
    // expect: xss
    $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://**.cloudfront.net/**']);
  });

angular.module('docsApp', [])
  .config(function ($sceDelegateProvider) {
    $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://docs.example.com/partials/*.html']);
  });
