'use strict';

var app = angular.module('helpCenter');

// Tenant admins preview their own overrides of the help-center strings; the
// preview is also what their end users see once published.
app.controller('TranslationPreviewCtrl', ['$scope', '$translate', '$translateSanitization', 'overrides',
  function ($scope, $translate, $translateSanitization, overrides) {
    $scope.lang = $translate.use() || 'en';
    $scope.strings = {};

    $scope.load = function () {
      overrides.forTenant($scope.lang).then(function (strings) {
        $scope.strings = strings;
        // Overrides may carry <b> and <a> tags, and the sanitizer kept mangling them.
        // expect: xss
        $translateSanitization.useStrategy();
        $translate.refresh($scope.lang);
      });
    };

    $scope.resetPreview = function () {
      $translateSanitization.useStrategy('sanitizeParameters');
      $translate.refresh($scope.lang);
    };

    $scope.plainPreview = function () {
      $translateSanitization.useStrategy(['escape', 'sanitizeParameters']);
    };

    $scope.greeting = function (name) {
      return $translate.instant('WELCOME_USER', { name: name });
    };

    $scope.load();
  }
]);
