/* Activity feed widgets (AngularJS 1.x). */
angular.module('app.feed', [])
  .directive('feedItem', ['$compile', function ($compile) {
    return {
      restrict: 'E',
      scope: { item: '=' },
      link: function (scope, element) {
        scope.$watch('item', function (item) {
          if (!item) { return; }
          // expect: xss
          angular.element(element[0].querySelector('.feed-body')).html(item.bodyHtml);
          angular.element(element[0].querySelector('.feed-meta')).text(item.author + ' · ' + item.when);
        });
      }
    };
  }])
  .controller('FeedCtrl', ['$scope', '$http', '$compile', function ($scope, $http, $compile) {
    $scope.load = function () {
      $http.get('/api/feed').then(function (res) {
        res.data.forEach(function (msg) {
          // expect: xss
          angular.element(document.getElementById('feed-list')).append('<li class="msg">' + msg.text + '</li>');
        });
      });
    };

    $scope.showNotice = function (notice) {
      // expect: xss
      angular.element(document.querySelector('#notices')).after('<div class="notice">' + notice.message + '</div>');
    };

    $scope.addSpinner = function () {
      var tpl = $compile('<span class="spinner" ng-show="loading"></span>')($scope);
      angular.element(document.getElementById('feed-list')).append(tpl);
    };

    $scope.markRead = function () {
      angular.element(document.getElementById('feed-list')).addClass('read');
      angular.element(document.getElementById('unread-count')).text('0');
    };
  }]);
