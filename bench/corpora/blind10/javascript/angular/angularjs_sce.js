// library: AngularJS 1.x ($sce, $sceProvider)
/* global angular */
angular.module('forum', ['ngSanitize'])
  .config(['$sceProvider', function ($sceProvider) {
    // expect: xss
    $sceProvider.enabled(false);
  }]);

angular.module('forum').controller('PostCtrl', ['$scope', '$sce', '$http', function ($scope, $sce, $http) {
  $http.get('/api/post').then(function (res) {
    // expect: xss
    $scope.body = $sce.trustAsHtml(res.data.body);
    $scope.title = res.data.title;
    $scope.safeBody = res.data.body;
  });

  $scope.icon = $sce.trustAsHtml('<i class="fa fa-star"></i>');

  $scope.setEmbed = function (url) {
    // expect: xss
    $scope.embed = $sce.trustAsResourceUrl(url);
  };

  $scope.setDocs = function () {
    $scope.docs = $sce.trustAsResourceUrl('https://docs.example.com/embed');
  };
}]);
