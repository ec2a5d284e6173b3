'use strict';

var app = angular.module('storefront', []);

app.controller('ThemeController', function ($scope, $sce) {
  $scope.applyAccent = function () {
    // expect: xss
    $scope.accentStyle = $sce.trustAsCss($scope.accent);
  };

  $scope.$on('theme:loaded', function () {
    var customCss = $scope.customCss;
    // expect: xss
    $scope.themeCss = $sce.trustAsCss(customCss);
  });

  $scope.preview = function () {
    var banner = $scope.bannerStyle;
    $scope.previewing = true;
    // expect: xss
    $scope.bannerCss = $sce.trustAsCss(banner);
  };

  $scope.defaultCss = $sce.trustAsCss('color: #333; background: #fff;');
});

app.controller('PaletteController', function ($scope, $sce) {
  var PALETTES = { light: 'color:#222;background:#fafafa', dark: 'color:#eee;background:#111' };
  $scope.pick = function (name) {
    $scope.paletteCss = $sce.trustAsCss(PALETTES[name] || PALETTES.light);
  };
});
