// AngularJS 1.x controllers that mark scope values as trusted URLs.
var app = angular.module('portalApp', ['ngSanitize']);

app.controller('ProfileLinkCtrl', function ($scope, $sce) {
  $scope.profile = { website: '', avatar: '' };

  $scope.refresh = function () {
    var site = $scope.profile.website;
    // expect: xss
    $scope.trustedSite = $sce.trustAsUrl(site);
  };

  // expect: xss
  $scope.avatarUrl = $sce.trustAsUrl($scope.avatarInput);

  $scope.preview = function () {
    var link = $scope.redirectTarget;
    var shown = link.trim();
    // expect: xss
    return $sce.trustAsUrl(shown);
  };

  $scope.$watch('profile.avatar', function (value) {
    // expect: xss
    $scope.avatarSrc = $sce.trustAsUrl(value);
  });
});

app.controller('HelpCtrl', function ($scope, $sce) {
  // Safe look-alikes: constant URLs and a URL checked against an allowlist.
  $scope.docs = $sce.trustAsUrl('https://docs.example.com/portal');
  var ALLOWED = ['https://status.example.com', 'https://docs.example.com'];
  $scope.open = function (candidate) {
    if (ALLOWED.indexOf(candidate) !== -1) {
      $scope.helpUrl = candidate;
    }
  };
  $scope.safeHref = $sce.getTrustedUrl($sce.trustAsUrl('https://example.com/help'));
});
