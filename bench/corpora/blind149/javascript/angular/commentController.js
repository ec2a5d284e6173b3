'use strict';

var app = angular.module('forumApp', ['ngSanitize']);

app.controller('CommentCtrl', function($scope, $sce){
  $scope.comment = '';
  $scope.rules = $sce.trustAsHtml('<strong>Be kind.</strong> No spam.');

  $scope.preview = function () {
    // expect: xss
    $scope.previewHtml = $sce.trustAsHtml($scope.comment);
  };

  $scope.showBio = function () {
    var source = $scope.bio;
    // expect: xss
    $scope.bioHtml = $sce.trustAsHtml(source);
  };

  $scope.showQuote = function () {
    // expect: xss
    $scope.quoteHtml = $sce.trustAsHtml($scope.quotedText);
  };

  // Look-alikes: ng-bind text and a literal badge.
  $scope.plainPreview = function () {
    $scope.previewText = $scope.comment;
  };

  $scope.badge = $sce.trustAsHtml('<span class="badge">mod</span>');

  $scope.submit = function () {
    $scope.$emit('comment:submit', { body: $scope.comment });
    $scope.comment = '';
  };
});

app.controller('ThreadCtrl', function($scope, $sanitize){
  $scope.render = function (post) {
    return $sanitize(post.html);
  };
});
