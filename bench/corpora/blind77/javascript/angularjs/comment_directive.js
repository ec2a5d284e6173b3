(function (angular) {
  'use strict';

  angular.module('forum.comments', ['ngSanitize'])
    .directive('forumComment', ['$compile', '$sanitize', function ($compile, $sanitize) {
      return {
        restrict: 'E',
        scope: { comment: '=' },
        link: function (scope, element) {
          scope.$watch('comment.body', function (body) {
            if (body === undefined) return;
            // expect: xss
            angular.element(element[0].querySelector('.comment__body')).html(body);
          });

          var footer = angular.element(element[0].querySelector('.comment__footer'));
          // expect: xss
          angular.element(footer).append('<span class="author">' + scope.comment.author.displayName + '</span>');

          // Safe look-alikes: text nodes, sanitized markup, a compiled constant template.
          angular.element(element[0].querySelector('.comment__title')).html($sanitize(scope.comment.titleHtml));
          angular.element(footer).append(angular.element('<time></time>').text(scope.comment.postedAt));
          angular.element(element[0]).append($compile('<forum-reactions comment="comment"></forum-reactions>')(scope));
        },
      };
    }])
    .directive('quoteBlock', function () {
      return {
        restrict: 'A',
        link: function (scope, element, attrs) {
          attrs.$observe('quoteSource', function (source) {
            // expect: xss
            angular.element(element).after('<cite>' + source + '</cite>');
          });
        },
      };
    })
    .controller('EditCtrl', ['$scope', '$element', function ($scope, $element) {
      $scope.preview = function () {
        var draft = $scope.draft.markdownHtml;
        // expect: xss
        angular.element($element[0].querySelector('#preview')).replaceWith('<div id="preview">' + draft + '</div>');
      };
      $scope.banner = function (notice) {
        // expect: xss
        angular.element(document.body).prepend(notice.html);
      };
      $scope.clear = function () {
        angular.element($element[0].querySelector('#preview')).html('');
      };
    }]);
})(window.angular);
