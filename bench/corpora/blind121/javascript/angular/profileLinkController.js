var app = angular.module('profileApp', []);

app.controller('ProfileLinkCtrl', function($scope, $sce){
  $scope.website = '';
  $scope.profileLink = '';

  $scope.preview = function () {
    // expect: xss
    $scope.profileHref = $sce.trustAsUrl($scope.profileLink);
  };

  $scope.save = function () {
    var href = $scope.website;
    // expect: xss
    $scope.websiteHref = $sce.trustAsUrl(href);
  };

  $scope.$watch('social.twitter', function (value) {
    // expect: xss
    $scope.twitterHref = $sce.trustAsUrl(value);
  });

  $scope.supportHref = $sce.trustAsUrl('mailto:support@example.com');
  $scope.docsHref = $sce.trustAsUrl('/help/profile');
});
