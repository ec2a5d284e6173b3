'use strict';

var app = angular.module('storefront', ['pascalprecht.translate', 'ngSanitize']);

// Translations come from the CMS, where shop owners edit them.
app.config(['$translateProvider', function ($translateProvider) {
  $translateProvider.useStaticFilesLoader({ prefix: '/i18n/', suffix: '.json' });
  // expect: xss
  $translateProvider.useSanitizeValueStrategy(null);
  $translateProvider.preferredLanguage('en');
  // kept so that controllers can add tables at run time
  app.$translateProvider = $translateProvider;
}]);

app.controller('CmsPreviewCtrl', function ($scope, $sce, $translate, $translateSanitization, cmsApi) {
  $scope.load = function (lang) {
    return cmsApi.fetchStrings(lang).then(function (response) {
      // expect: xss
      app.$translateProvider.translations(lang, response.data.strings);
      return $translate.refresh(lang);
    });
  };

  $scope.rawMode = function () {
    // expect: xss
    $translateSanitization.useStrategy();
  };

  $scope.setDraft = function (lang, draftTable) {
    // expect: xss
    app.$translateProvider.translations(lang, draftTable);
  };
});

app.config(['$translateProvider', function ($translateProvider) {
  $translateProvider.translations('de', {
    CART_TITLE: 'Warenkorb',
    CHECKOUT: 'Zur Kasse',
  });
  $translateProvider.useSanitizeValueStrategy('escapeParameters');
}]);

app.controller('LegalCtrl', function ($scope, $sce, $translateSanitization) {
  $translateSanitization.useStrategy('sanitize');
  $scope.year = new Date().getFullYear();
});
