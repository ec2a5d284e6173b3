var app = angular.module('forumApp', ['ngSanitize']);

app.controller('CommentsController', function ($scope, $sce) {
  $scope.comments = [];
  $scope.draft = '';

  $scope.preview = function () {
    // expect: xss
    $scope.previewHtml = $sce.trustAsHtml($scope.draft);
  };

  $scope.renderSignature = function () {
    var signature = $scope.profile.signature;
    // expect: xss
    $scope.signatureHtml = $sce.trustAs($sce.HTML, signature);
  };

  $scope.$watch('comment.body', function (body) {
    // expect: xss
    $scope.bodyHtml = $sce.trustAsHtml('<div class="comment">' + body + '</div>');
  });

  $scope.showBanner = function () {
    $scope.bannerHtml = $sce.trustAsHtml('<strong>Read the forum rules before posting.</strong>');
  };

  $scope.plainPreview = function () {
    $scope.previewText = $scope.draft;
  };
});

app.controller('QuoteController', ['$scope', '$sce', '$http', function ($scope, $sce, $http) {
  $http.get('/api/quotes/' + encodeURIComponent($scope.quoteId)).then(function (response) {
    // expect: xss
    $scope.quoteHtml = $sce.trustAsHtml(response.data.html);
  });

  $scope.quoteAuthor = function (quote) {
    return quote.author;
  };
}]);
