'use strict';

var app = angular.module('forum', ['ngSanitize']);

app.controller('CommentsController', function ($scope, $sce) {
  $scope.comment = { author: '', text: '' };

  $scope.$watch('draft', function () {
    // expect: xss
    $scope.previewHtml = $sce.trustAsHtml($scope.draft);
  });

  $scope.showSignature = function () {
    var signature = $scope.signature;
    // expect: xss
    $scope.signatureHtml = $sce.trustAsHtml(signature);
  };

  $scope.pin = function () {
    var pinned = $scope.bannerText;
    $scope.pinnedAt = Date.now();
    // expect: xss
    $scope.banner = $sce.trustAsHtml(pinned);
  };

  $scope.welcome = $sce.trustAsHtml('<strong>Welcome to the forum</strong>');
});

app.controller('SafePreviewController', function ($scope, $sce, $sanitize) {
  $scope.render = function () {
    $scope.previewHtml = $sce.trustAsHtml($sanitize($scope.draft));
  };
  $scope.plain = function () {
    $scope.previewText = $scope.draft;
  };
});
