angular.module('searchApp', ['ngSanitize'])
  .controller('SearchCtrl', ['$scope', '$location', '$http', '$sanitize', function ($scope, $location, $http, $sanitize) {
    var term = $location.search().q || '';

    // expect: xss
    angular.element(document.getElementById('results-title')).html('Results for ' + term);

    var flash = decodeURIComponent(location.hash.slice(1));
    // expect: xss
    angular.element(document.querySelector('#flash')).append('<p class="flash">' + flash + '</p>');

    $http.get('/api/comments/latest').then(function onLatest(res) {
      // expect: xss
      angular.element(document.querySelector('.latest-comment')).html(res.data.bodyHtml);
    });

    var banner = angular.element(document.querySelector('.banner'));
    // expect: xss
    banner.prepend(window.location.search.substring(1));

    angular.element(document.getElementById('results-count')).text('Results for ' + term);
    angular.element(document.getElementById('results-note')).html($sanitize(term));
    angular.element(document.querySelector('.empty')).html('<p>No results yet</p>');
  }]);
