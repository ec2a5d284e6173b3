var app = angular.module('storefront', []);

app.controller('ThemeCtrl', function($scope, $sce) {
  $scope.theme = { css: '', accent: '#0f766e' };

  $scope.applyCustomCss = function() {
    // expect: xss
    $scope.customCss = $sce.trustAsCss($scope.shopCss);
  };

  $scope.applyBanner = function() {
    var source = $scope.bannerStyle;
    // expect: xss
    $scope.bannerCss = $sce.trustAsCss(source);
  };

  $scope.applyPreview = function() {
    // expect: xss
    $scope.previewCss = $sce.trustAsCss($scope.previewStyles);
  };

  $scope.defaultCss = $sce.trustAsCss('body { font-family: sans-serif; }');
  $scope.accentStyle = { color: $scope.theme.accent };
});
