(function () {
  'use strict';

  var app = angular.module('storefront', ['pascalprecht.translate', 'ngSanitize']);

  var EN = {
    CART_TITLE: 'Your cart',
    CHECKOUT: 'Checkout',
    GREETING: 'Hello {{name}}',
  };

  app.config(['$translateProvider', function ($translateProvider) {
    $translateProvider.translations('en', EN);
    $translateProvider.preferredLanguage('en');
    // Merchant strings contain <b> and links, so escaping was switched off.
    // expect: xss
    $translateProvider.useSanitizeValueStrategy(null);
  }]);

  // Merchants edit their own storefront strings in the admin; the legacy
  // theme loads them into the provider captured at config time.
  app.config(['$translateProvider', function ($translateProvider) {
    app.translateProvider = $translateProvider;
  }]);

  app.controller('ThemeStringsController', function ($scope, $sce, $http, $translate, $translateSanitization) {
    var $translateProvider = app.translateProvider;
    $scope.loading = true;

    $http.get('/api/storefront/strings', { params: { lang: $scope.lang } }).then(function (res) {
      // expect: xss
      $translateProvider.translations($scope.lang, res.data.strings);
      $translate.refresh($scope.lang);
      $scope.loading = false;
    });

    $scope.plainTextMode = function () {
      $translateSanitization.useStrategy('escapeParameters');
    };

    $scope.enableRichStrings = function () {
      // expect: xss
      $translateSanitization.useStrategy();
    };

    $scope.resetStrings = function () {
      $translateProvider.translations('en', EN);
      $translate.use('en');
    };
  });

  app.controller('PromoController', function ($scope, $sce) {
    $scope.promo = $sce.trustAsHtml('<b>Free shipping</b> over $50');
  });
})();
