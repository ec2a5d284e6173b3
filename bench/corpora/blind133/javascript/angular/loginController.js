'use strict';

angular.module('portal').controller('LoginController', ['$scope', '$window', '$location', 'AuthService',
  function ($scope, $window, $location, AuthService) {
    var search = $location.search();

    $scope.submit = function () {
      AuthService.login($scope.credentials).then(function (session) {
        var returnUrl = search.returnUrl || '/';
        // expect: open-redirect
        $window.location.href = returnUrl + '#/dashboard';
        return session;
      });
    };

    $scope.openPartner = function (partner) {
      AuthService.ssoToken(partner.id).then(function (token) {
        // expect: open-redirect
        $window.location.href = partner.url + '/sso?token=' + token;
      });
    };

    $scope.continueTo = function () {
      // expect: open-redirect
      $window.location.href = search.next + '?from=login';
    };

    $scope.logout = function () {
      AuthService.logout().then(function () {
        $window.location.href = '/login';
      });
    };

    $scope.openOrders = function () {
      $location.path('/orders');
    };

    $scope.openOrder = function (order) {
      $location.path('/orders/' + encodeURIComponent(order.id));
    };
  }]);
