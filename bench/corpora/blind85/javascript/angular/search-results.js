angular.module('shopApp').controller('SearchResultsCtrl', ['$scope', '$http', '$location', '$sanitize',
  function ($scope, $http, $location, $sanitize) {
    var $banner = angular.element(document.getElementById('search-banner'));
    var params = $location.search();

    // expect: xss
    $banner.html('<h2>Results for ' + params.q + '</h2>');

    var hash = decodeURIComponent(window.location.hash.substring(1));
    // expect: xss
    angular.element(document.querySelector('.breadcrumbs')).append('<li>' + hash + '</li>');

    $http.get('/api/search', { params: { q: params.q } }).then(function onResults(response) {
      var panel = angular.element(document.getElementById('promo'));
      // expect: xss
      panel.find('div').prepend(response.data.promoHtml);
      $scope.items = response.data.items;
    });

    var tag = location.search.replace(/^\?tag=/, '');
    // expect: xss
    angular.element(document.querySelector('#tag-filter')).after('<span class="tag">' + tag + '</span>');

    $http.get('/api/search/notice').then(function (res) {
      angular.element(document.getElementById('notice')).html($sanitize(res.data.noticeHtml));
    });

    angular.element(document.getElementById('result-count')).text(params.q);
    $banner.append('<span class="spinner"></span>');
  }]);
