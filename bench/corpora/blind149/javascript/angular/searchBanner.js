'use strict';

angular.module('shopApp').controller('SearchBannerCtrl', ['$scope', '$http', '$location', '$sanitize',
  function ($scope, $http, $location, $sanitize) {
    var banner = angular.element(document.querySelector('#search-banner'));

    function showQuery() {
      var query = location.search;
      // expect: xss
      angular.element(document.querySelector('#echo')).html('<span>' + query + '</span>');
    }

    function showHashMessage() {
      var msg = decodeURIComponent(location.hash.slice(1));
      // expect: xss
      banner.append('<p class="notice">' + msg + '</p>');
    }

    function loadPromo() {
      $http.get('/api/promo').then(function onPromo(res) {
        // expect: xss
        banner.prepend(res.data);
      });
    }

    // Look-alikes: sanitized HTML, text nodes and a constant spinner.
    function showSafeQuery() {
      var query = $location.search().q || '';
      angular.element(document.querySelector('#echo-safe')).text(query);
    }

    function loadSafePromo() {
      $http.get('/api/promo').then(function onSafePromo(res) {
        banner.html($sanitize(res.data));
      });
    }

    function spinner() {
      banner.html('<div class="spinner" aria-busy="true"></div>');
    }

    $scope.refresh = function () {
      spinner();
      showQuery();
      showHashMessage();
      loadPromo();
      showSafeQuery();
      loadSafePromo();
    };
  }]);
