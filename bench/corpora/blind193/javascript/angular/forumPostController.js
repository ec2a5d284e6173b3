// Community forum: thread view.
var app = angular.module('forum', ['ngSanitize']);

app.factory('threadApi', ['$http', function ($http) {
  return {
    get: function (id) {
      return $http.get('/api/threads/' + encodeURIComponent(id)).then(function (r) { return r.data; });
    },
  };
}]);

app.controller('ThreadCtrl', function ($scope, $sce) {
  $scope.thread = window.__THREAD__;
  $scope.moderatorNote = $sce.trustAsHtml('<em>This thread is moderated.</em>');

  $scope.postHtml = function (post) {
    // post bodies are whatever the member typed into the editor
    // expect: xss
    return $sce.trustAsHtml($scope.thread.posts[post.index].body);
  };

  $scope.embedUrl = function (post) {
    if (post.videoId && /^[A-Za-z0-9_-]{11}$/.test(post.videoId)) {
      return $sce.trustAsResourceUrl('https://www.youtube-nocookie.com/embed/' + post.videoId);
    }
    return null;
  };

  $scope.signature = function (post) {
    return post.signature || '';
  };
});

app.controller('ThreadListCtrl', ['$scope', 'threadApi', function ($scope, threadApi) {
  $scope.threads = [];
  $scope.open = function (id) {
    threadApi.get(id).then(function (t) {
      $scope.current = t;
    });
  };
}]);
