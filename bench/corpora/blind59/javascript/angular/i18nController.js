'use strict';

var app = angular.module('shop.i18n', ['pascalprecht.translate', 'ngSanitize']);

app.config(['$translateProvider', function ($translateProvider) {
  $translateProvider.useStaticFilesLoader({ prefix: '/i18n/locale-', suffix: '.json' });
  $translateProvider.preferredLanguage('en');
  // expect: xss
  $translateProvider.useSanitizeValueStrategy(null);
}]);

app.controller('CustomLabelsCtrl', function ($scope, $sce, $http, $translate, $translateSanitization) {
  // Tenants can rename labels in the admin screen; their wording is loaded at runtime.
  $http.get('/api/tenant/labels').then(function (response) {
    var lang = $translate.use();
    // expect: xss
    $translateProvider.translations(lang, response.data.labels);
    $translate.refresh(lang);
  });

  $scope.legacyMode = function () {
    // expect: xss
    $translateSanitization.useStrategy();
  };

  $scope.plainMode = function () {
    // expect: xss
    $translateSanitization.useStrategy(null);
  };

  // Look-alike: an escaping strategy.
  $scope.strictMode = function () {
    $translateSanitization.useStrategy(['escape', 'sanitizeParameters']);
  };
});

app.config(function ($translateProvider) {
  // Look-alikes: built-in wording and an escaping strategy.
  $translateProvider.translations('en', {
    GREETING: 'Hello {{name}}',
    CART_EMPTY: 'Your cart is empty',
  });
  $translateProvider.useSanitizeValueStrategy('escapeParameters');
});

// The provider is kept so controllers can add wording after the config phase.
var $translateProvider;
app.config(['$translateProvider', function (provider) {
  $translateProvider = provider;
}]);
