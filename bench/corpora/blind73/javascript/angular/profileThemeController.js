var app = angular.module('profiles', ['ngSanitize']);

var THEME_PRESETS = {
  ocean: 'body { background: #e6f2ff; color: #003366; }',
  forest: 'body { background: #eef7ee; color: #1e3d1e; }',
};

app.controller('ProfileThemeController', function ($scope, $sce) {
  $scope.profile = {};
  $scope.styleOverride = '';

  $scope.applyOverride = function () {
    // expect: xss
    $scope.customCss = $sce.trustAsCss($scope.styleOverride);
  };

  $scope.loadTheme = function () {
    var css = $scope.themeCss;
    // expect: xss
    $scope.trustedTheme = $sce.trustAsCss(css);
  };

  $scope.$watch('profile.bannerStyle', function (value) {
    if (value) {
      // expect: xss
      $scope.bannerCss = $sce.trustAsCss(value);
    }
  });

  $scope.previewSignature = function () {
    // expect: xss
    $scope.signatureCss = $sce.trustAs($sce.CSS, $scope.signatureStyle);
  };

  // Presets are fixed strings shipped with the app.
  $scope.choosePreset = function (name) {
    var preset = Object.prototype.hasOwnProperty.call(THEME_PRESETS, name) ? THEME_PRESETS[name] : THEME_PRESETS.ocean;
    $scope.presetCss = $sce.trustAsCss(preset);
  };
});

app.controller('ThemeSwatchController', ['$scope', '$sce', function ($scope, $sce) {
  $scope.swatches = ['#0052cc', '#de350b', '#00875a'];
  $scope.accent = $scope.swatches[0];

  // ng-style with an object: no trusted CSS string at all.
  $scope.accentStyle = function () {
    return { 'border-color': /^#[0-9a-f]{6}$/i.test($scope.accent) ? $scope.accent : '#0052cc' };
  };

  $scope.baseCss = $sce.trustAsCss('.swatch { width: 24px; height: 24px; }');
}]);
