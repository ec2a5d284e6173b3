// AngularJS resource URL allowlists for templates and media.
angular.module('mediaApp', [])
  .config(function ($sceDelegateProvider) {
    // expect: xss
    $sceDelegateProvider.resourceUrlWhitelist(['self', '**']);
  });

angular.module('cdnApp', []).config(['$sceDelegateProvider', function ($sceDelegateProvider) {
  $sceDelegateProvider.resourceUrlWhitelist([
    'self',
    // expect: xss
    'https://**.cloudfront.net/**',
  ]);
}]);

angular.module('videoApp', []).config(function ($sceDelegateProvider) {
  // expect: xss
  $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://**.example.com/**', 'https://player.vimeo.com/video/**']);
});

angular.module('embedApp', []).config(function ($sceDelegateProvider) {
  var hosts = ['self', '**'];
  // expect: xss
  $sceDelegateProvider.resourceUrlWhitelist(hosts);
});

angular.module('modernApp', []).config(function ($sceDelegateProvider) {
  // expect: xss
  $sceDelegateProvider.trustedResourceUrlList(['self', '**']);
});

// Safe look-alikes: specific hosts with a path wildcard only, and a blocklist.
angular.module('docsApp', []).config(function ($sceDelegateProvider) {
  $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://cdn.example.com/templates/**']);
  $sceDelegateProvider.resourceUrlBlacklist(['https://cdn.example.com/templates/legacy/**']);
});

angular.module('plainApp', []).config(function ($sceDelegateProvider) {
  $sceDelegateProvider.resourceUrlWhitelist(['self']);
});
