angular.module('media', [])
  .controller('PlayerCtrl', ['$scope', '$sce', '$location', function ($scope, $sce, $location) {
    var src = $location.search().src;
    // expect: sce-trust
    $scope.videoUrl = $sce.trustAsResourceUrl(src);

    $scope.load = function (url) {
      // expect: sce-trust
      $scope.embedUrl = $sce.trustAsResourceUrl(url);
    };

    $scope.introUrl = $sce.trustAsResourceUrl('https://cdn.example.com/intro.mp4');
  }]);
