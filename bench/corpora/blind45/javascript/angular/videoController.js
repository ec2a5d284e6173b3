'use strict';

var app = angular.module('videos', []);

app.controller('EmbedController', function ($scope, $sce) {
  $scope.load = function () {
    // expect: xss
    $scope.embedSrc = $sce.trustAsResourceUrl($scope.videoUrl);
  };

  $scope.$watch('playlist', function () {
    var listUrl = $scope.playlistUrl;
    $scope.loading = true;
    // expect: xss
    $scope.playlistSrc = $sce.trustAsResourceUrl(listUrl);
  });

  $scope.openWidget = function () {
    var widget = $scope.widgetScript;
    var nonce = Math.random().toString(36).slice(2);
    $scope.nonce = nonce;
    // expect: xss
    $scope.widgetSrc = $sce.trustAsResourceUrl(widget);
  };

  $scope.helpSrc = $sce.trustAsResourceUrl('https://help.example.com/embed');
});

app.controller('YoutubeController', function ($scope, $sce) {
  $scope.show = function () {
    var id = encodeURIComponent(String($scope.videoId).replace(/[^\w-]/g, ''));
    $scope.src = $sce.trustAsResourceUrl('https://www.youtube-nocookie.com/embed/' + id);
  };
});
