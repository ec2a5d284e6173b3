var app = angular.module('newsroom', ['ngSanitize']);

app.controller('ArticleEditorCtrl', function ($scope, $sce) {
  $scope.draft = { title: '', body: '' };
  $scope.comment = '';

  $scope.updatePreview = function () {
    // expect: xss
    $scope.preview = $sce.trustAsHtml($scope.draft.body);
  };

  $scope.postComment = function () {
    var raw = $scope.comment;
    // expect: xss
    $scope.renderedComment = $sce.trustAsHtml(raw);
  };

  $scope.$watch('searchTerm', function () {
    // expect: xss
    $scope.searchBanner = $sce.trustAsHtml($scope.searchTerm);
  });

  $scope.icons = {
    ok: $sce.trustAsHtml('<i class="icon icon-ok" aria-hidden="true"></i>'),
    warn: $sce.trustAsHtml('<i class="icon icon-warn" aria-hidden="true"></i>'),
  };
});

app.controller('ArticleViewCtrl', function ($scope, $sanitize, article) {
  $scope.title = article.title;
  $scope.bodySafe = $sanitize(article.body);
});
