// AngularJS 1.x: the community announcements page and its editor.
var app = angular.module('communityApp', ['ngSanitize']);

app.controller('AnnouncementController', function ($scope, $sce, $sanitize, $http) {
  $scope.announcements = [];
  $scope.draft = { title: '', body: '' };

  $scope.pinnedNotice = $sce.trustAsHtml(
    '<strong>Maintenance</strong> on Sunday 02:00–04:00 UTC.'
  );

  $scope.load = function () {
    return $http.get('/api/announcements').then(function (res) {
      $scope.announcements = res.data.map(function (a) {
        // Bodies were cleaned by $sanitize before being trusted.
        a.safeBody = $sce.trustAsHtml($sanitize(a.bodyHtml));
        return a;
      });
    });
  };

  // Live preview while any community member types a new announcement.
  $scope.$watch('draft.body', function (body) {
    // expect: xss
    $scope.preview = $sce.trustAsHtml($scope.draft.body);
  });

  $scope.highlight = function (term) {
    // ng-bind-html with plain $sanitize: no trust call needed.
    $scope.searchTerm = term;
  };

  $scope.publish = function () {
    return $http.post('/api/announcements', {
      title: $scope.draft.title,
      bodyHtml: $scope.draft.body,
    }).then(function () {
      $scope.draft = { title: '', body: '' };
      return $scope.load();
    });
  };

  $scope.load();
});

app.controller('BannerController', function ($scope, $sce) {
  // The banner text comes from the ?banner= query parameter so marketing can link to it.
  $scope.bannerText = new URLSearchParams(window.location.search).get('banner') || '';
  // expect: xss
  $scope.banner = $sce.trustAs($sce.HTML, $scope.bannerText);
});
