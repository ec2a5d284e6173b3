// library: AngularJS ($window / $location redirects from route parameters)
angular.module('portal').controller('LoginCtrl', ['$scope', '$window', '$location', 'auth',
  function ($scope, $window, $location, auth) {
    const SAFE_PATHS = ['/dashboard', '/settings', '/billing'];

    $scope.login = function () {
      auth.login($scope.email, $scope.password).then(function () {
        const next = $location.search().next;
        // expect: open-redirect
        $window.location.href = next;
      });
    };

    $scope.loginSafe = function () {
      auth.login($scope.email, $scope.password).then(function () {
        const next = $location.search().next;
        $location.path(SAFE_PATHS.indexOf(next) !== -1 ? next : '/dashboard');
      });
    };

    $scope.logout = function () {
      auth.logout().then(function () {
        $window.location.href = '/login';
      });
    };

    $scope.openPartner = function () {
      // expect: open-redirect
      $window.location.assign($location.search().partnerUrl);
    };

    $scope.back = function () {
      const ret = $location.search().returnTo || '';
      if (ret.startsWith('/') && !ret.startsWith('//')) {
        $window.location.href = ret;
      }
    };
  },
]);
