/* Forum comments: reply box (quoting the parent comment), author card and
 * the board footer. Comments and bios are written by any member. */
var app = angular.module('forum', ['ngSanitize']);

app.constant('BOARD_FOOTER_HTML', '<p class="rules">Be kind. <a href="/rules">Board rules</a></p>');

app.controller('CommentController', function($scope,$sce){
  $scope.draft = '';
  $scope.parentHtml = null;
  $scope.author = null;

  $scope.replyTo = function (comment) {
    $scope.parent = comment;
    // expect: xss
    $scope.parentHtml = $sce.trustAsHtml($scope.parent.body);
  };

  $scope.showAuthor = function (author) {
    $scope.author = author;
    var bio = $scope.author.bio;
    // expect: xss
    $scope.bioHtml = $sce.trustAsHtml(bio);
  };

  $scope.clear = function () {
    $scope.draft = '';
    $scope.parentHtml = null;
  };
});

app.controller('FooterController', function ($scope, $sce, BOARD_FOOTER_HTML) {
  $scope.footerHtml = $sce.trustAsHtml(BOARD_FOOTER_HTML);
});

app.controller('SignatureController', function ($scope, $sanitize, $sce) {
  $scope.render = function (signature) {
    $scope.signatureHtml = $sanitize(signature || '');
  };

  $scope.renderBadge = function (count) {
    var n = parseInt(count, 10) || 0;
    $scope.badgeHtml = $sce.trustAsHtml('<span class="badge">' + n + '</span>');
  };
});

app.directive('commentBody', function () {
  return {
    restrict: 'E',
    scope: { text: '<' },
    template: '<div class="comment-body" ng-bind="text"></div>'
  };
});
