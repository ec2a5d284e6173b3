var app = angular.module('mediaLibrary', []);

app.controller('MediaCtrl', function ($scope, $sce) {
  $scope.form = { url: '', caption: '' };
  $scope.profile = {};

  $scope.attach = function () {
    // expect: xss
    $scope.media = { src: $sce.trustAsUrl($scope.form.url), caption: $scope.form.caption };
  };

  $scope.saveProfile = function () {
    var site = $scope.profile.website;
    // expect: xss
    $scope.profileLink = $sce.trustAsUrl(site);
  };

  $scope.openDownload = function () {
    // expect: xss
    $scope.downloadHref = $sce.trustAsUrl($scope.downloadUrl);
  };

  $scope.logo = $sce.trustAsUrl('https://cdn.media-library.example/logo.svg');
  $scope.embed = function (videoId) {
    return $sce.trustAsResourceUrl('https://www.youtube-nocookie.com/embed/' + encodeURIComponent(videoId));
  };
});

app.controller('MediaListCtrl', function ($scope, $http) {
  $scope.items = [];
  $http.get('/api/media').then(function (resp) {
    $scope.items = resp.data.items;
  });
  $scope.remove = function (item) {
    return $http.delete('/api/media/' + encodeURIComponent(item.id));
  };
});
