// AngularJS 1.x: the project activity feed (messages are written by any project member).
var app = angular.module('projectHub');

app.directive('activityFeed', ['$compile', '$http', function ($compile, $http) {
  return {
    restrict: 'E',
    scope: { projectId: '@' },
    template: '<ul class="feed"></ul><p class="feed-empty">No activity yet.</p>',
    link: function (scope, element) {
      var list = element[0].querySelector('.feed');

      function addStatusLine(item) {
        var li = angular.element('<li class="status"></li>');
        li.text(item.actor + ' changed the status to ' + item.status);
        angular.element(list).append(li);
      }

      function addComment(item) {
        // expect: xss
        angular.element(list).append('<li class="comment"><b>' + item.actor + '</b>: ' + item.message + '</li>');
      }

      function addMilestone(item) {
        var child = scope.$new(true);
        child.item = item;
        angular.element(list).append($compile('<li class="milestone">{{item.title}} is due {{item.due | date}}</li>')(child));
      }

      function addDivider() {
        angular.element(list).append('<li class="divider"></li>');
      }

      $http.get('/api/projects/' + encodeURIComponent(scope.projectId) + '/activity').then(function (response) {
        angular.element(element[0].querySelector('.feed-empty')).remove();
        response.data.forEach(function (item, index) {
          if (index > 0 && item.dayChanged) {
            addDivider();
          }
          if (item.kind === 'status') {
            addStatusLine(item);
          } else if (item.kind === 'milestone') {
            addMilestone(item);
          } else {
            addComment(item);
          }
        });
      });

      scope.$on('feed:announce', function (event, text) {
        var banner = angular.element('<div class="announce"></div>');
        banner.text(text);
        angular.element(element[0]).prepend(banner);
      });
    },
  };
}]);
