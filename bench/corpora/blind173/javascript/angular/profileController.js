// AngularJS 1.x: public member profile pages. Members edit their own profile fields.
var app = angular.module('community', ['ngSanitize']);

app.controller('ProfileCtrl', function ($scope, $sce) {
  var CDN = 'https://cdn.community.example/';

  $scope.load = function (profile) {
    $scope.profile = profile;

    // Avatar from our CDN, by numeric id.
    $scope.avatarUrl = $sce.trustAsResourceUrl(CDN + 'avatars/' + Number(profile.avatarId) + '.png');

    // Fixed help link.
    $scope.helpUrl = $sce.trustAsUrl('https://help.community.example/profiles');

    // The member's own "website" field, shown as a link to every visitor.
    var website = $scope.profile.website;
    // expect: xss
    $scope.websiteUrl = $sce.trustAsUrl(website);

    // Portfolio link: only http(s) survives.
    var portfolio = String(profile.portfolio || '');
    $scope.portfolioUrl = /^https?:\/\//i.test(portfolio) ? portfolio : null;
  };

  $scope.shareUrl = function () {
    return 'https://community.example/u/' + encodeURIComponent($scope.profile.handle);
  };

  $scope.bioHtml = function () {
    // Rendered with ng-bind-html, which runs $sanitize on it.
    return $scope.profile ? $scope.profile.bio : '';
  };
});
