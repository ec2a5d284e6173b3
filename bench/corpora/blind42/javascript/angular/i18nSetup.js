// AngularJS + angular-translate: translation tables and sanitization strategy.
var app = angular.module('shopApp', ['pascalprecht.translate', 'ngSanitize']);
var $translateProvider, $translateSanitization;

app.config(function (_$translateProvider_) {
  $translateProvider = _$translateProvider_;
  $translateProvider.useSanitizeValueStrategy('sanitizeParameters');
});

app.controller('LanguageCtrl', function ($scope, $sce) {
  $scope.loadCustom = function (lang) {
    var table = $scope.customTranslations;
    // expect: xss
    $translateProvider.translations(lang, table);
  };

  // expect: xss
  $translateProvider.translations('en', $scope.overrides);

  $scope.applyUpload = function (json) {
    var parsed = JSON.parse(json);
    // expect: xss
    $translateProvider.translations(parsed.lang, parsed.strings);
  };

  $scope.rawMode = function () {
    // expect: xss
    $translateSanitization.useStrategy();
  };

});

app.config(function ($translateProvider) {
  // expect: xss
  $translateProvider.useSanitizeValueStrategy(null);
});

// Safe look-alikes: bundled tables in config, and an explicit escaping strategy.
app.config(function ($translateProvider) {
  $translateProvider.translations('de', { GREETING: 'Hallo', BYE: 'Tschüss' });
  $translateProvider.useSanitizeValueStrategy('escape');
  $translateProvider.preferredLanguage('en');
});

app.controller('StrategyCtrl', function ($scope, $sce) {
  $translateSanitization.useStrategy('escapeParameters');
});
