angular.module('portalApp')
  .controller('LoginController', ['$scope', '$window', '$location', '$routeParams', 'AuthService',
    function ($scope, $window, $location, $routeParams, AuthService) {
      var ALLOWED_PATHS = ['/dashboard', '/settings', '/billing'];

      $scope.login = function () {
        AuthService.login($scope.credentials).then(function () {
          var returnUrl = $location.search().returnUrl;
          // expect: open-redirect
          $window.location.href = returnUrl + '?welcome=1';
        });
      };

      $scope.goToPartner = function () {
        // expect: open-redirect
        $window.location.href = $routeParams.partner + '/sso/callback';
      };

      $scope.continueTo = function () {
        var next = $scope.nextUrl;
        // expect: open-redirect
        $window.location.href = next;
      };

      $scope.logout = function () {
        AuthService.logout().then(function () {
          // expect: open-redirect
          $window.location.assign($location.search().after_logout);
        });
      };

      // Safe: a constant path with the user value encoded into the query string.
      $scope.requireLogin = function () {
        $window.location.href = '/login?next=' + encodeURIComponent($location.path());
      };

      // Safe: only allowlisted in-app paths.
      $scope.goBack = function () {
        var target = $location.search().back;
        $location.path(ALLOWED_PATHS.indexOf(target) !== -1 ? target : '/dashboard');
      };
    }]);
