// library: AngularJS $sce (trustAsUrl / trustAsJs / trustAs for CSS)
angular.module('portal').controller('ProfileCtrl', ['$scope', '$sce', '$routeParams', 'profiles',
  function ($scope, $sce, $routeParams, profiles) {
    profiles.get($routeParams.id).then(function (profile) {
      // expect: xss
      $scope.website = $sce.trustAsUrl(profile.website);
      $scope.avatar = profile.avatarUrl;

      // expect: xss
      $scope.onLoadHook = $sce.trustAsJs(profile.widgetInit);

      // expect: xss
      $scope.themeCss = $sce.trustAs($sce.CSS, profile.customCss);

      $scope.helpLink = $sce.trustAsUrl('https://help.example.com/profiles');
      $scope.bannerStyle = $sce.trustAs($sce.CSS, 'background: #f5f5f5;');
    });

    $scope.docsUrl = $sce.trustAsResourceUrl('https://docs.example.com/embed/profile');
    $scope.termsUrl = $sce.trustAsUrl('/terms?from=' + encodeURIComponent($routeParams.id));
  },
]);
