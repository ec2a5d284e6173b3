(function () {
  'use strict';

  angular.module('portal.auth', [])
    .controller('LoginDoneController', ['$scope', '$window', '$location', '$timeout', function ($scope, $window, $location, $timeout) {
      $scope.returnUrl = $location.search().returnUrl || '/';
      $timeout(function () {
        // expect: open-redirect
        $window.location.href = $scope.returnUrl;
      }, 3000);
    }])
    .controller('OAuthCallbackController', ['$window', '$location', function ($window, $location) {
      var params = $location.search();
      // expect: open-redirect
      $window.location.href = params.redirect_uri + '?code=' + encodeURIComponent(params.code) + '&state=' + params.state;
    }])
    .controller('DeepLinkController', ['$window', '$routeParams', function ($window, $routeParams) {
      var target = $routeParams.next;
      // expect: open-redirect
      $window.location.href = target + '#/dashboard';
    }])
    .service('logoutService', ['$window', function ($window) {
      this.logout = function (continueTo) {
        // expect: open-redirect
        $window.location.href = continueTo;
      };
    }])
    .controller('HomeController', ['$window', '$location', function ($window, $location) {
      $window.location.href = '/login';
      $location.path('/home');
    }])
    .controller('SafeReturnController', ['$window', '$location', function ($window, $location) {
      var next = $location.search().next || '/';
      var local = next.charAt(0) === '/' && next.charAt(1) !== '/' && next.charAt(1) !== '\\';
      $window.location.href = local ? next : '/';
    }]);
})();
