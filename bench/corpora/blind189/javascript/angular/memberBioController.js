'use strict';

var app = angular.module('community');

// Member profile page; bios are written by members in a rich-text box.
app.controller('MemberBioCtrl', function($scope,$sce){
  $scope.loading = true;
  $scope.bio = '';
  $scope.badges = [];

  $scope.load = function (member) {
    $scope.member = member;
    $scope.bio = member.bioHtml;
    $scope.badges = member.badges || [];
    $scope.loading = false;
  };

  $scope.renderedBio = function () {
    // expect: xss
    return $sce.trustAsHtml($scope.bio);
  };

  $scope.staffBanner = function () {
    return $sce.trustAsHtml('<strong>Staff</strong> &middot; replies within a day');
  };

  $scope.badgeTitle = function (badge) {
    return badge.name + ' (' + badge.year + ')';
  };
});

// The moderated announcement box: HTML comes from the staff editor and is
// cleaned by $sanitize before it is trusted.
app.controller('AnnouncementCtrl', ['$scope', '$sce', '$sanitize', 'announcements', function ($scope, $sce, $sanitize, announcements) {
  announcements.latest().then(function (a) {
    $scope.title = a.title;
    $scope.body = $sce.trustAsHtml($sanitize(a.bodyHtml));
  });
}]);
