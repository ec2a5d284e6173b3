'use strict';

var app = angular.module('forum', ['ngSanitize']);

app.controller('PostCtrl', function ($scope, $sce) {
  $scope.post = $scope.$parent.selectedPost;
  // expect: xss
  $scope.bodyHtml = $sce.trustAsHtml($scope.post.body);
});

app.controller('SignatureCtrl', function ($scope, $sce) {
  $scope.render = function () {
    var sig = $scope.profile.signature;
    // expect: xss
    return $sce.trustAs($sce.HTML, sig);
  };
});

app.controller('PreviewCtrl', function ($scope, $sce) {
  $scope.$watch('draft', function (draft) {
    // expect: xss
    $scope.preview = $sce.trustAsHtml('<h2>' + $scope.draft.title + '</h2>' + draft.html);
  });
});

app.controller('BannerCtrl', function ($scope, $sce, $sanitize) {
  $scope.bannerHtml = $sce.trustAsHtml('<strong>Maintenance tonight 22:00-23:00 UTC</strong>');
  $scope.cleanMotd = $sanitize($scope.motd);
});

app.filter('plainText', function () {
  return function (text) {
    return String(text || '').replace(/<[^>]*>/g, '');
  };
});
