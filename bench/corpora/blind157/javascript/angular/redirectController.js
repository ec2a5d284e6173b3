'use strict';

angular.module('portal.auth')
  .controller('RedirectController', ['$scope', '$window', '$location', 'AuthService', 'Notify',
    function ($scope, $window, $location, AuthService, Notify) {
      var params = $location.search();
      var HOME = '/portal/#/dashboard';

      function isLocalPath(value) {
        return typeof value === 'string' && value.charAt(0) === '/' && value.charAt(1) !== '/';
      }

      $scope.finishLogin = function () {
        AuthService.refresh().then(function () {
          var target = params.returnUrl;
          // expect: open-redirect
          $window.location.href = target + '#/welcome';
        });
      };

      $scope.openPartner = function (partner) {
        var partnerBase = $location.search().partner;
        // expect: open-redirect
        $window.location.href = partnerBase + '/sso?client=portal';
      };

      $scope.resumeCheckout = function () {
        var resume = $window.localStorage.getItem('resumeUrl');
        // expect: open-redirect
        $window.location.href = resume + '?resumed=1';
      };

      $scope.goHome = function () {
        $window.location.href = HOME + '?from=redirect';
      };

      $scope.goBack = function () {
        var back = params.back;
        if (isLocalPath(back)) {
          $window.location.href = '/portal' + back;
        } else {
          Notify.warn('Ignoring an external return address');
          $window.location.href = HOME;
        }
      };

      $scope.openHelp = function (topic) {
        $window.location.href = '/help/' + encodeURIComponent(topic);
      };
    }]);
