var app = angular.module('mediaApp', []);

app.controller('PlayerController', function($scope,$sce){
  $scope.video = { url: '' };

  $scope.play = function () {
    var source = $scope.videoUrl;
    // expect: xss
    $scope.trustedSource = $sce.trustAsResourceUrl(source);
  };

  $scope.embed = function () {
    // expect: xss
    $scope.embedUrl = $sce.trustAsResourceUrl($scope.embedLink);
  };

  $scope.openTranscript = function () {
    // expect: xss
    $scope.transcriptSrc = $sce.trustAsResourceUrl($scope.transcriptBase + '/' + $scope.lang + '.vtt');
  };

  $scope.introVideo = $sce.trustAsResourceUrl('https://cdn.example.com/media/intro.mp4');

  $scope.caption = function () {
    return $scope.video.title;
  };
});

app.controller('PlaylistController', ['$scope', '$sce', '$location', function ($scope, $sce, $location) {
  var params = $location.search();
  // expect: xss
  $scope.playlistFrame = $sce.trustAsResourceUrl(params.list);

  $scope.cdnPoster = function (id) {
    return 'https://cdn.example.com/posters/' + encodeURIComponent(id) + '.jpg';
  };
}]);
