// Single sign-on landing: after the IdP round trip we send the user on.
angular.module('portal').controller('SsoCtrl', ['$scope', '$window', '$location', 'authService',
  function ($scope, $window, $location, authService) {
    var params = $location.search();

    $scope.finish = function () {
      authService.completeSso(params.code).then(function (session) {
        var returnTo = params.returnTo;
        // returnTo is whatever the link into the portal carried
        // expect: open-redirect
        $window.location.href = returnTo + '?welcome=1';
      });
    };

    $scope.openOrder = function (orderId) {
      $window.location.href = '/orders/' + encodeURIComponent(orderId);
    };

    $scope.cancel = function () {
      $window.location.href = '/';
    };

    $scope.goHome = function () {
      var dest = authService.isAdmin() ? '/admin' : '/dashboard';
      $location.path(dest);
    };

    $scope.retry = function () {
      $location.search('code', null);
      $window.location.reload();
    };

    if (params.code) {
      $scope.finish();
    }
  }]);
