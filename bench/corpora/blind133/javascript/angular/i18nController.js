'use strict';

var app = angular.module('storefront', ['pascalprecht.translate', 'ngSanitize']);

var $translateProvider;
var $translateSanitization;

app.config(['$translateProvider', function (_$translateProvider_) {
  $translateProvider = _$translateProvider_;
  $translateProvider.translations('en', { CART_TITLE: 'Your cart', CHECKOUT: 'Checkout' });
  $translateProvider.useSanitizeValueStrategy('escape');
  $translateProvider.preferredLanguage('en');
}]);

app.run(['$translateSanitization', function (_$translateSanitization_) {
  $translateSanitization = _$translateSanitization_;
}]);

app.controller('LanguageController', function($scope,$sce){
  $scope.languages = ['en', 'de', 'fr'];

  $scope.loadRemote = function (lang) {
    fetch('/api/i18n/' + encodeURIComponent(lang))
      .then(function (response) { return response.json(); })
      .then(function (table) {
        // expect: xss
        $translateProvider.translations(lang, table);
        $scope.$applyAsync();
      });
  };

  $scope.previewOverrides = function () {
    // expect: xss
    $translateProvider.translations('preview', $scope.draftOverrides);
  };

  $scope.allowRichLabels = function () {
    // expect: xss
    $translateSanitization.useStrategy();
  };

  $scope.strictLabels = function () {
    $translateSanitization.useStrategy('sanitizeParameters');
  };

  $scope.trustedBanner = $sce.trustAsHtml('<strong>Free shipping over 50 EUR</strong>');
});
