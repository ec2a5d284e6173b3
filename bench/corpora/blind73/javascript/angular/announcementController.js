var app = angular.module('announcements', ['ngSanitize']);

app.controller('AnnouncementController', function ($scope, $sce, $sanitize) {
  $scope.post = { body: '' };
  $scope.draft = '';

  $scope.show = function () {
    // expect: xss
    $scope.bodyHtml = $sce.trustAsHtml($scope.post.body);
  };

  $scope.byline = function () {
    var html = '<b>' + $scope.user.name + '</b> posted an announcement';
    // expect: xss
    return $sce.trustAsHtml(html);
  };

  $scope.renderSignature = function () {
    // expect: xss
    $scope.signatureHtml = $sce.trustAs($sce.HTML, $scope.signature);
  };

  $scope.preview = function () {
    // expect: xss
    return $sce.trustAsHtml(window.marked.parse($scope.draft));
  };

  // Sanitised first, or constant markup.
  $scope.safePreview = function () {
    return $sce.trustAsHtml($sanitize($scope.draft));
  };

  $scope.emptyState = $sce.trustAsHtml('<p class="muted">No announcements yet.</p>');

  $scope.title = function () {
    return $scope.post.title;
  };
});
