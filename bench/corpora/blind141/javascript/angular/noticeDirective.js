var app = angular.module('portal', []);

app.directive('noticeBoard', function() {
  return {
    restrict: 'E',
    link: function(scope, element) {
      scope.$watch('notice', function(notice) {
        if (!notice) return;
        // expect: xss
        angular.element(element[0].querySelector('.body')).html(notice.body);
      });
    }
  };
});

app.controller('InboxCtrl', function($scope, $http) {
  $http.get('/api/messages/latest').then(function(resp) {
    // expect: xss
    angular.element(document.getElementById('latest')).append('<li>' + resp.data.subject + '</li>');
  });

  $scope.showBanner = function(banner) {
    // expect: xss
    angular.element(document.querySelector('#banner')).replaceWith(banner.html);
  };

  $scope.clear = function() {
    angular.element(document.getElementById('latest')).empty();
  };

  $scope.highlight = function() {
    angular.element(document.getElementById('latest')).addClass('highlight');
  };

  $scope.setCount = function(n) {
    angular.element(document.getElementById('count')).text(String(n));
  };
});
