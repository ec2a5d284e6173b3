// AngularJS 1.x: sign-in page of the customer portal.
var app = angular.module('portal');

app.controller('LoginCtrl', ['$scope', '$window', '$location', '$http', function ($scope, $window, $location, $http) {
  var params = $location.search();

  function isPortalPath(path) {
    return typeof path === 'string' && /^\/(?!\/)[A-Za-z0-9\/_-]*$/.test(path);
  }

  $scope.credentials = { email: '', password: '' };

  $scope.signIn = function () {
    $http.post('/api/session', $scope.credentials).then(function () {
      if (params.returnUrl) {
        // Links from the partner shops carry ?returnUrl=https://partner.example/cart
        // expect: open-redirect
        $window.location.href = params.returnUrl + '?signedIn=1';
        return;
      }
      if (isPortalPath(params.next)) {
        $window.location.href = params.next + '?signedIn=1';
        return;
      }
      $window.location.href = '/portal/home';
    }, function () {
      $scope.error = 'Wrong e-mail or password.';
    });
  };

  $scope.openOrder = function (orderId) {
    $window.location.href = '/portal/orders/' + encodeURIComponent(orderId) + '?from=login';
  };

  $scope.forgotPassword = function () {
    $window.location.href = '/portal/reset?email=' + encodeURIComponent($scope.credentials.email);
  };

  $scope.ssoLogin = function (provider) {
    var providers = { google: '/auth/google', microsoft: '/auth/microsoft' };
    if (Object.prototype.hasOwnProperty.call(providers, provider)) {
      $window.location.href = providers[provider];
    }
  };
}]);
