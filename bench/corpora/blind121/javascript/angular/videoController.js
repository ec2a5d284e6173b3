var app = angular.module('mediaApp', ['ngSanitize']);

app.controller('VideoCtrl', function($scope, $sce){
  $scope.videoUrl = '';
  $scope.streamUrl = '';
  $scope.form = { embedUrl: '' };

  $scope.load = function () {
    // expect: xss
    $scope.playerSrc = $sce.trustAsResourceUrl($scope.videoUrl);
  };

  $scope.watchLive = function () {
    var src = $scope.streamUrl;
    // expect: xss
    $scope.liveSrc = $sce.trustAsResourceUrl(src);
  };

  $scope.embed = function () {
    // expect: xss
    $scope.frameSrc = $sce.trustAsResourceUrl($scope.form.embedUrl);
  };

  $scope.youtube = function (videoId) {
    $scope.ytSrc = $sce.trustAsResourceUrl('https://www.youtube.com/embed/' + encodeURIComponent(videoId));
  };

  $scope.helpVideo = $sce.trustAsResourceUrl('https://media.example.com/help/intro.mp4');
});
