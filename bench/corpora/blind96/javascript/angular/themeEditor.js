'use strict';

var app = angular.module('storefront', ['ngSanitize']);

app.controller('ThemeEditorCtrl', function($scope,$sce){
  $scope.theme = { accent: '#0a66c2', customCss: '', banner: '' };

  $scope.previewCss = function () {
    // expect: xss
    $scope.trustedCss = $sce.trustAsCss($scope.customCss);
  };

  $scope.applyBanner = function () {
    var source = $scope.bannerStyle;
    // expect: xss
    $scope.bannerCss = $sce.trustAsCss(source);
  };

  $scope.$watch('fontRule', function (value) {
    // expect: xss
    $scope.fontCss = $sce.trustAsCss(value);
  });

  // Safe look-alikes: a literal rule, a colour checked against a pattern, and ng-style with an object.
  $scope.resetCss = $sce.trustAsCss('body { margin: 0; }');

  $scope.accentStyle = function () {
    var colour = /^#[0-9a-f]{6}$/i.test($scope.theme.accent) ? $scope.theme.accent : '#000000';
    return { color: colour };
  };

  $scope.bannerText = function () {
    return $scope.theme.banner;
  };
});

app.controller('ProfileStyleCtrl', ['$scope', '$sce', '$http', function ($scope, $sce, $http) {
  $http.get('/api/profile/style').then(function (res) {
    // expect: xss
    $scope.profileCss = $sce.trustAsCss(res.data.css);
  });
}]);
