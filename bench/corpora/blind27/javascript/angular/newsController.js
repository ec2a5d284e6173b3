angular.module('news', ['ngSanitize'])
  .controller('ArticleCtrl', ['$scope', '$sce', '$http', '$routeParams', function ($scope, $sce, $http, $routeParams) {
    $http.get('/api/articles/' + encodeURIComponent($routeParams.id)).then(function (resp) {
      // expect: sce-trust
      $scope.body = $sce.trustAsHtml(resp.data.body);
    });

    $scope.preview = function (draft) {
      // expect: sce-trust
      return $sce.trustAsHtml(draft.html);
    };

    $scope.footer = $sce.trustAsHtml('<em>Published by the newsroom</em>');
  }]);
