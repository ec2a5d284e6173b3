// Theme editor of the community forum (AngularJS). Forum owners pick colours or paste
// custom CSS; the result is previewed for every visitor of the forum.
'use strict';

var app = angular.module('forumTheme', []);

var PALETTES = {
  light: 'body{background:#fff;color:#222}',
  dark: 'body{background:#111;color:#eee}',
  sepia: 'body{background:#f4ecd8;color:#5b4636}',
};

app.controller('ThemeCtrl', function ($scope, $sce) {
  $scope.theme = window.FORUM_THEME || {};

  $scope.paletteCss = function () {
    var css = PALETTES[$scope.theme.palette] || PALETTES.light;
    return $sce.trustAsCss(css);
  };

  $scope.customCss = function () {
    // expect: xss
    return $sce.trustAsCss($scope.theme.customCss);
  };

  $scope.bannerCss = function () {
    var source = $scope.theme.bannerStyle;
    // expect: xss
    return $sce.trustAsCss(source);
  };

  $scope.fontCss = function () {
    return $sce.trustAsCss('body{font-family:' + ($scope.theme.serif ? 'Georgia,serif' : 'Helvetica,sans-serif') + '}');
  };

  $scope.signatureCss = function () {
    // expect: xss
    return $sce.trustAsCss($scope.signature.style);
  };

  $scope.accent = function () {
    var colour = /^#[0-9a-f]{6}$/i.test($scope.theme.accent) ? $scope.theme.accent : '#0066cc';
    return { color: colour };
  };
});
