/* AngularJS 1.x app: translation setup with angular-translate. */
var app = angular.module('portal', ['ngSanitize', 'pascalprecht.translate']);

var EN_STRINGS = {
  GREETING: 'Hello {{name}}',
  LOGOUT: 'Sign out',
};

app.config(['$translateProvider', function ($translateProvider) {
  $translateProvider.translations('en', EN_STRINGS);
  $translateProvider.preferredLanguage('en');
  $translateProvider.useSanitizeValueStrategy('sanitizeParameters');
}]);

app.config(['$translateProvider', function ($translateProvider) {
  // tenants upload their own wording; loaded before bootstrap
  var tenantStrings = window.__TENANT_TRANSLATIONS__ || {};
  // expect: xss
  $translateProvider.translations('tenant', tenantStrings);
  // expect: xss
  $translateProvider.useSanitizeValueStrategy(null);
}]);

app.controller('LocaleCtrl', function ($scope, $sce, $translateSanitization, $translate) {
  $scope.switchTo = function (lang) {
    $translate.use(lang);
  };
  // expect: xss
  $translateSanitization.useStrategy();
});

app.controller('PreviewCtrl', ['$scope', '$sce', '$translateSanitization', function ($scope, $sce, $translateSanitization) {
  $scope.preview = function (draft) {
    // expect: xss
    $translateSanitization.useStrategy(draft.allowHtml ? null : 'escape');
    $scope.rendered = draft.text;
  };
}]);

app.controller('FooterCtrl', function ($scope, $translateSanitization) {
  $translateSanitization.useStrategy('escapeParameters');
  $scope.year = new Date().getFullYear();
});
