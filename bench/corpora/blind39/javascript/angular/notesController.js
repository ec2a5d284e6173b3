angular.module('notesApp', ['ngSanitize'])
  .controller('NotesController', ['$scope', '$http', '$location', '$sanitize', function ($scope, $http, $location, $sanitize) {
    var banner = angular.element(document.getElementById('banner'));

    // expect: xss
    banner.html($location.search().message);

    $scope.showHashNote = function () {
      var note = decodeURIComponent(window.location.hash.substring(1));
      // expect: xss
      angular.element(document.querySelector('#notes')).append('<li>' + note + '</li>');
    };

    $http.get('/api/notes/latest').then(function onNote(response) {
      var list = angular.element(document.querySelector('.note-list'));
      // expect: xss
      list.find('ul').prepend(response.data.body);
    });

    $scope.showQuery = function () {
      var params = location.search.substring(1);
      // expect: xss
      angular.element(document.getElementById('query')).after('<p>Searched: ' + params + '</p>');
    };

    $scope.replaceTitle = function () {
      // expect: xss
      angular.element('#title').replaceWith(unescape(document.URL.split('title=')[1]));
    };

    // Safe: text, not HTML.
    angular.element(document.getElementById('status')).text($location.search().status);

    // Safe: sanitized before insertion.
    $http.get('/api/notes/pinned').then(function (response) {
      angular.element(document.querySelector('.pinned')).html($sanitize(response.data.body));
    });

    // Safe: DOMPurify before insertion.
    $scope.renderPreview = function () {
      angular.element(document.querySelector('.preview')).html(DOMPurify.sanitize(decodeURIComponent(location.hash.slice(1))));
    };
  }]);
