'use strict';

angular.module('portal.auth', ['ngRoute'])
  .controller('LoginCtrl', ['$scope', '$window', '$location', '$routeParams', 'AuthService',
    function ($scope, $window, $location, $routeParams, AuthService) {
      var search = $location.search();

      $scope.login = function () {
        AuthService.login($scope.credentials).then(function () {
          var next = search.returnUrl;
          // expect: open-redirect
          $window.location.href = next + '#/dashboard';
        });
      };

      $scope.switchTenant = function (tenant) {
        // expect: open-redirect
        $window.location.href = $routeParams.tenantHost + '/login?tenant=' + encodeURIComponent(tenant);
      };

      $scope.continueTo = function () {
        // expect: open-redirect
        $window.location.href = $scope.continueUrl;
      };

      $scope.logout = function () {
        AuthService.logout().then(function () {
          // Look-alike: a fixed path on our own site.
          $window.location.href = '/logout-complete';
        });
      };

      // Look-alike: in-app navigation through $location.
      $scope.home = function () {
        $location.path('/dashboard');
      };
    }])
  .controller('SsoCallbackCtrl', function ($scope, $window, $location) {
    var params = $location.search();
    var target = params.target || '/';

    $scope.finish = function () {
      // expect: open-redirect
      $window.location.assign(target);
    };

    $scope.openDocs = function () {
      // expect: open-redirect
      window.location.href = decodeURIComponent(params.docs) + '?ref=sso';
    };

    // Look-alike: a relative path from an allowlist.
    var ALLOWED = { billing: '/billing', profile: '/profile' };
    $scope.jump = function (key) {
      if (Object.prototype.hasOwnProperty.call(ALLOWED, key)) {
        $window.location.href = ALLOWED[key] + '?from=sso';
      }
    };
  });
