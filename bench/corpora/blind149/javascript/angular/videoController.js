'use strict';

var app = angular.module('lessonsApp', []);

var TRUSTED_PLAYERS = ['https://www.youtube.com/embed/', 'https://player.vimeo.com/video/'];

app.controller('LessonVideoCtrl', function($scope, $sce){
  $scope.intro = $sce.trustAsResourceUrl('https://player.vimeo.com/video/76979871');

  $scope.load = function () {
    // expect: xss
    $scope.videoSrc = $sce.trustAsResourceUrl($scope.videoUrl);
  };

  $scope.loadTranscript = function () {
    var url = $scope.transcriptUrl;
    // expect: xss
    $scope.transcriptSrc = $sce.trustAsResourceUrl(url);
  };

  $scope.embedWidget = function () {
    // expect: xss
    $scope.widgetSrc = $sce.trustAsResourceUrl($scope.widgetUrl);
  };

  // Look-alike: an id appended to a fixed player prefix after a format check.
  $scope.loadById = function (player, id) {
    var prefix = TRUSTED_PLAYERS[player === 'vimeo' ? 1 : 0];
    if (!/^[A-Za-z0-9_-]{6,20}$/.test(String(id))) return;
    $scope.videoSrc = $sce.trustAsResourceUrl(prefix + id);
  };

  $scope.reset = function () {
    $scope.videoSrc = $scope.intro;
  };
});

app.controller('LessonListCtrl', function($scope, $http){
  $http.get('/api/lessons').then(function (res) {
    $scope.lessons = res.data;
  });
});
