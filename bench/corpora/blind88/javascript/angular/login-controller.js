(function () {
  'use strict';

  angular
    .module('portal.auth')
    .controller('LoginController', LoginController);

  LoginController.$inject = ['$scope', '$window', '$location', '$routeParams', 'AuthService'];

  function LoginController($scope, $window, $location, $routeParams, AuthService) {
    var vm = this;
    vm.credentials = { username: '', password: '' };
    vm.error = null;

    vm.submit = function () {
      AuthService.login(vm.credentials).then(function (response) {
        var next;
        next = $location.search().next;
        if (response.data.mfaRequired) {
          $location.path('/mfa');
          return;
        }
        // expect: open-redirect
        $window.location.href = next + '#/dashboard';
      }, function () {
        vm.error = 'Invalid username or password';
      });
    };

    vm.ssoLogin = function (provider) {
      AuthService.startSso(provider).then(function (response) {
        // expect: open-redirect
        $window.location.href = response.data.continueUrl + '&prompt=login';
      });
    };

    vm.backToApp = function () {
      // expect: open-redirect
      $window.location.href = $routeParams.returnTo + '?from=login';
    };

    vm.openAccount = function (accountId) {
      $window.location.href = '/accounts/' + encodeURIComponent(accountId);
    };

    vm.logout = function () {
      AuthService.logout().then(function () {
        $location.path('/login');
      });
    };

    $scope.$on('session:expired', function (evt, info) {
      var target = info.redirect;
      // expect: open-redirect
      window.location.href = target + '/login?expired=1';
    });
  }
})();
