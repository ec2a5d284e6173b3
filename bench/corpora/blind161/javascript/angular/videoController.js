// AngularJS 1.x: the lesson page embeds a video and a worksheet chosen by the lesson author.
var app = angular.module('lessonApp', []);

var VIDEO_HOSTS = ['https://player.vimeo.com/video/', 'https://www.youtube-nocookie.com/embed/'];

app.controller('LessonVideoCtrl', function ($scope, $sce) {
  $scope.lesson = window.__LESSON__;
  $scope.embedUrl = $scope.lesson.videoUrl;
  $scope.worksheetUrl = $scope.lesson.worksheetUrl;

  // expect: xss
  $scope.trustedVideo = $sce.trustAsResourceUrl($scope.embedUrl);

  var sheet = $scope.worksheetUrl;
  // expect: xss
  $scope.trustedWorksheet = $sce.trustAsResourceUrl(sheet);

  $scope.introVideo = $sce.trustAsResourceUrl('https://player.vimeo.com/video/76979871');

  $scope.pickAlternate = function () {
    var alternate = $scope.alternateUrl;
    // expect: xss
    $scope.trustedVideo = $sce.trustAsResourceUrl(alternate);
  };
});

app.controller('LessonSafeVideoCtrl', function ($scope, $sce) {
  var lesson = window.__LESSON__;
  var id = String(lesson.videoId || '').replace(/[^0-9]/g, '');
  var prefix = VIDEO_HOSTS[0];
  $scope.trustedVideo = id ? $sce.trustAsResourceUrl(prefix + id) : null;
  $scope.title = lesson.title;
});

app.filter('lessonDuration', function () {
  return function (seconds) {
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  };
});
