angular.module('links', [])
  .controller('LinkCtrl', ['$scope', '$sce', '$routeParams', function ($scope, $sce, $routeParams) {
    // expect: sce-trust
    $scope.target = $sce.trustAsUrl($routeParams.to);

    $scope.open = function (link) {
      // expect: sce-trust
      $scope.current = $sce.trustAsUrl(link.href);
    };

    $scope.help = $sce.trustAsUrl('https://help.example.com/');
  }]);
