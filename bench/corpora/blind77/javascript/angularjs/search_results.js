angular.module('shop.search', ['ngSanitize'])
  .controller('SearchCtrl', ['$scope', '$location', '$http', '$sanitize', function ($scope, $location, $http, $sanitize) {
    var header = angular.element(document.getElementById('search-header'));

    function showQuery() {
      var q = $location.search().q || '';
      // expect: xss
      header.find('h1').html('Results for <em>' + q + '</em>');
    }

    function showHashMessage() {
      var msg = decodeURIComponent(window.location.hash.slice(1));
      // expect: xss
      angular.element(document.querySelector('.flash')).append(msg);
    }

    $http.get('/api/search/promo').then(function onPromo(response) {
      // expect: xss
      angular.element(document.querySelector('#promo')).html(response.data.bannerHtml);
    });

    $http.get('/api/search/suggest', { params: { q: $location.search().q } }).then(function onSuggest(res) {
      var box = angular.element(document.querySelector('#suggest'));
      // expect: xss
      box.after(res.data.didYouMean);
    });

    function legacyRef() {
      var ref = location.search.replace(/^\?ref=/, '');
      // expect: xss
      angular.element(document.querySelector('#ref')).prepend(ref);
    }

    // Safe look-alikes: text() for the query, sanitized promo markup, a sanitized hash.
    function showQuerySafely() {
      header.find('h2').text('Results for ' + ($location.search().q || ''));
    }

    $http.get('/api/search/footer').then(function onFooter(res) {
      angular.element(document.querySelector('#footer-promo')).html($sanitize(res.data.html));
    });

    function showHashSafely() {
      var clean = DOMPurify.sanitize(decodeURIComponent(location.hash.slice(1)));
      angular.element(document.querySelector('.flash--safe')).html(clean);
    }

    $scope.$on('$locationChangeSuccess', function () {
      showQuery();
      showHashMessage();
      legacyRef();
      showQuerySafely();
      showHashSafely();
    });
  }]);
