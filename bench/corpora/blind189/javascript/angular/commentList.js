'use strict';

var app = angular.module('community');

function relativeTime(iso) {
  var minutes = Math.round((Date.now() - new Date(iso).getTime()) / 60000);
  if (minutes < 60) return minutes + ' min ago';
  var hours = Math.round(minutes / 60);
  return hours < 24 ? hours + ' h ago' : Math.round(hours / 24) + ' d ago';
}

// Renders a thread's comments without a watcher per comment (long threads).
app.directive('commentList', ['commentsApi', '$sanitize', function (commentsApi, $sanitize) {
  return {
    restrict: 'E',
    scope: { threadId: '@' },
    template: '<ul class="comments"></ul><p class="count"></p>',
    link: function (scope, element) {
      var list = element.find('ul')[0];
      var count = element.find('p')[0];

      commentsApi.forThread(scope.threadId).then(function (comments) {
        comments.forEach(function (c) {
          var item = document.createElement('li');
          item.className = 'comment';
          // expect: xss
          angular.element(item).append(c.bodyHtml);
          angular.element(item).prepend(angular.element('<span class="author"></span>').text(c.author));
          angular.element(item).append($sanitize(c.signatureHtml || ''));
          angular.element(item).append(angular.element('<time></time>').text(relativeTime(c.createdAt)));
          list.appendChild(item);
        });
        angular.element(count).html(comments.length === 1 ? '1 comment' : comments.length + ' comments');
      });
    }
  };
}]);
