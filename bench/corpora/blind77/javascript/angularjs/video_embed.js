var app = angular.module('lessons', ['ngRoute']);

app.config(['$sceDelegateProvider', function ($sceDelegateProvider) {
  $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://player.vimeo.com/**', 'https://www.youtube-nocookie.com/**']);
}]);

app.controller('LessonCtrl', function ($scope, $sce) {
  $scope.lesson = window.LESSON || {};

  // Instructors paste any embed URL into the lesson editor.
  // expect: xss
  $scope.playerUrl = $sce.trustAsResourceUrl($scope.lesson.embedUrl);

  $scope.$watch('lesson.slidesUrl', function () {
    var slides = $scope.lesson.slidesUrl;
    // expect: xss
    $scope.slidesFrame = $sce.trustAsResourceUrl(slides);
  });
});

app.controller('PreviewCtrl', function ($scope, $sce) {
  $scope.preview = function () {
    var src = $scope.previewSrc;
    if (!src) return;
    // expect: xss
    $scope.frameSrc = $sce.trustAsResourceUrl(src);
  };

  $scope.$on('attachment:selected', function (evt, file) {
    $scope.attachment = file;
    // expect: xss
    $scope.viewer = $sce.trustAsResourceUrl($scope.attachment);
  });
});

// Safe look-alikes: a fixed player origin with an encoded id, and a constant URL.
app.controller('YoutubeCtrl', function ($scope, $sce) {
  $scope.$watch('videoId', function (id) {
    if (!/^[\w-]{11}$/.test(id || '')) return;
    $scope.src = $sce.trustAsResourceUrl('https://www.youtube-nocookie.com/embed/' + encodeURIComponent(id));
  });
  $scope.help = $sce.trustAsResourceUrl('https://player.vimeo.com/video/76979871');
});
