angular.module('dashboardApp')
  .directive('newsTicker', ['$http', function ($http) {
    return {
      restrict: 'E',
      link: function (scope, element, attrs) {
        $http.get('/api/news?channel=' + encodeURIComponent(attrs.channel)).then(function (response) {
          response.data.items.forEach(function (item) {
            // expect: xss
            angular.element(element[0].querySelector('.ticker')).append('<li>' + item.headline + '</li>');
          });
        });
      }
    };
  }])
  .controller('NotesController', ['$scope', '$location', function ($scope, $location) {
    var note = $location.search().note;
    // expect: xss
    angular.element(document.getElementById('note-preview')).html(note);

    $scope.pin = function (pinned) {
      // expect: xss
      angular.element('#pinned').prepend('<div class="pin">' + pinned.title + '</div>');
    };

    $scope.showError = function (message) {
      // expect: xss
      angular.element(document.querySelector('.error-slot')).replaceWith('<p class="error">' + message + '</p>');
    };

    $scope.clear = function () {
      angular.element(document.getElementById('note-preview')).text('');
      angular.element(document.getElementById('pinned')).empty();
    };

    $scope.showCount = function (count) {
      angular.element(document.getElementById('note-count')).text(String(count) + ' notes');
    };

    $scope.addSpinner = function () {
      angular.element(document.body).append('<div class="spinner" aria-hidden="true"></div>');
    };
  }]);
