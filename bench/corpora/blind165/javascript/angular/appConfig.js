// AngularJS module configuration for the storefront, the embeddable review widget and
// the partner portal. Templates and iframes are loaded through $sce resource URL checks.
'use strict';

angular.module('storefront', ['ngRoute'])
  .config(['$sceDelegateProvider', '$routeProvider', function ($sceDelegateProvider, $routeProvider) {
    // expect: xss
    $sceDelegateProvider.resourceUrlWhitelist(['self', '**']);
    $routeProvider
      .when('/products/:id', { templateUrl: '/partials/product.html', controller: 'ProductCtrl' })
      .otherwise({ redirectTo: '/' });
  }]);

angular.module('reviewWidget', [])
  .config(['$sceDelegateProvider', function ($sceDelegateProvider) {
    // expect: xss
    $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://**.herokuapp.com/widget/templates/']);
  }]);

angular.module('partnerPortal', ['ngRoute'])
  .config(['$sceDelegateProvider', function ($sceDelegateProvider) {
    // expect: xss
    $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://*.s3.amazonaws.com/**']);
    $sceDelegateProvider.resourceUrlBlacklist(['https://*.s3.amazonaws.com/uploads/**']);
  }]);

angular.module('helpCentre', [])
  .config(['$sceDelegateProvider', function ($sceDelegateProvider) {
    $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://static.shopwave.io/help/templates/**']);
  }]);

angular.module('checkout', [])
  .config(['$sceDelegateProvider', function ($sceDelegateProvider) {
    $sceDelegateProvider.resourceUrlWhitelist([
      'self',
      'https://js.stripe.com/v3/**',
      'https://static.shopwave.io/checkout/**'
    ]);
  }]);

angular.module('storefront').run(['$templateCache', function ($templateCache) {
  $templateCache.put('empty-cart.html', '<p class="empty">Your cart is empty.</p>');
}]);
