// angular-translate set-up of the multi-tenant help desk. Tenants can override the UI
// strings from their admin page; labels are shown with the `translate` directive.
'use strict';

var app = angular.module('helpdesk', ['pascalprecht.translate']);
var translateProvider = null;

app.config(['$translateProvider', function ($translateProvider) {
  translateProvider = $translateProvider;
  $translateProvider.translations('en', window.HELPDESK_STRINGS_EN);
  $translateProvider.translations('de', window.HELPDESK_STRINGS_DE);
  $translateProvider.preferredLanguage('en');
  // expect: xss
  $translateProvider.useSanitizeValueStrategy(null);
}]);

app.controller('TenantStringsCtrl', function ($scope, $sce, $http, $translate) {
  $scope.applyOverrides = function (lang) {
    return $http.get('/api/tenant/strings', { params: { lang: lang } }).then(function (res) {
      // expect: xss
      translateProvider.translations(lang, res.data.strings);
      return $translate.refresh(lang);
    });
  };

  $scope.resetToDefaults = function () {
    translateProvider.translations('en', window.HELPDESK_STRINGS_EN);
    return $translate.refresh('en');
  };
});

app.controller('PreviewCtrl', function ($scope, $sce, $translateSanitization) {
  $scope.enablePreview = function () {
    // expect: xss
    $translateSanitization.useStrategy();
  };

  $scope.disablePreview = function () {
    $translateSanitization.useStrategy(['sanitize', 'escapeParameters']);
  };
});

angular.module('helpdeskPublic', ['pascalprecht.translate']).config(['$translateProvider', function ($translateProvider) {
  $translateProvider.translations('en', window.HELPDESK_STRINGS_EN);
  $translateProvider.useSanitizeValueStrategy('escape');
}]);
