// angular: AngularJS 1.x module for the legacy help centre
angular
  .module('helpCentre', ['ngSanitize', 'pascalprecht.translate'])
  .config(function ($sceProvider, $translateProvider) {
    // expect: xss
    $sceProvider.enabled(false);
    // expect: xss
    $translateProvider.useSanitizeValueStrategy(null);
  })
  .config(function ($translateProvider) {
    $translateProvider.useSanitizeValueStrategy('escape');
  })
  .controller('ArticleCtrl', function ($scope, $sce, $location, $window, $http) {
    const params = $location.search();

    $http.get('/api/articles/' + encodeURIComponent(params.id)).then(function (res) {
      // expect: xss
      $scope.body = $sce.trustAsHtml(res.data.bodyHtml);
      $scope.title = res.data.title;
      $scope.footer = $sce.trustAsHtml('<small>&copy; Example Ltd</small>');
    });

    $scope.embed = function (url) {
      // expect: xss
      return $sce.trustAsResourceUrl(url);
    };

    $scope.embedVideo = function (videoId) {
      return $sce.trustAsResourceUrl('https://www.youtube.com/embed/' + encodeURIComponent(videoId));
    };

    $scope.goBack = function () {
      // expect: open-redirect
      $window.location.href = params.returnUrl;
    };

    $scope.goHome = function () {
      $location.path('/');
    };
  })
  .directive('rawNote', function () {
    return {
      link: function (scope, element, attrs) {
        // expect: xss
        angular.element(element).html(scope.$eval(attrs.rawNote));
        element.find('span').text(attrs.label);
      },
    };
  });
