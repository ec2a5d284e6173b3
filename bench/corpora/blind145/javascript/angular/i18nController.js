'use strict';

var app = angular.module('shop', ['pascalprecht.translate', 'ngSanitize']);

app.config(['$translateProvider', function ($translateProvider) {
  $translateProvider.useSanitizeValueStrategy('sanitizeParameters');
  $translateProvider.useStaticFilesLoader({ prefix: 'i18n/locale-', suffix: '.json' });
  $translateProvider.preferredLanguage('en');
  // kept so the editor can register tables after bootstrap
  app.$translateProvider = $translateProvider;
}]);

app.run(['$translateSanitization', function ($translateSanitization) {
  app.$translateSanitization = $translateSanitization;
}]);

app.controller('TranslationEditorCtrl', function ($scope, $sce) {
  var $translateProvider = app.$translateProvider;
  var $translateSanitization = app.$translateSanitization;

  $scope.preview = function (lang) {
    // the table is whatever the merchant typed into the editor textarea
    // expect: xss
    $translateProvider.translations(lang, angular.fromJson($scope.editorText));
  };

  $scope.loadBundled = function () {
    $translateProvider.translations('en', { GREETING: 'Hello', CART: 'Your cart' });
  };

  $scope.applyImported = function (lang, upload) {
    // expect: xss
    $translateProvider.translations(lang, upload.table);
  };

  $scope.resetStrategy = function () {
    // expect: xss
    $translateSanitization.useStrategy();
  };

  $scope.escapeEverything = function () {
    $translateSanitization.useStrategy('escape');
  };

  $scope.title = $sce.trustAsHtml('<b>Translations</b>');
});

app.controller('GreetingCtrl', ['$scope', '$translate', function ($scope, $translate) {
  $translate('GREETING', { name: $scope.user && $scope.user.name }).then(function (text) {
    $scope.greeting = text;
  });
}]);
