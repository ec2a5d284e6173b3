'use strict';

var app = angular.module('storefront');

// Campaign links look like /?promo=SPRING&msg=Spring+sale+-20%25
app.directive('campaignBanner', ['$location', '$sanitize', function ($location, $sanitize) {
  return {
    restrict: 'A',
    link: function (scope, element) {
      var params = $location.search();
      var promo = String(params.promo || '').replace(/[^A-Z0-9]/gi, '');
      if (!promo) return;

      // expect: xss
      angular.element(element[0].querySelector('.banner-text')).html($location.search().msg);
      angular.element(element[0].querySelector('.banner-code')).text(promo);
      angular.element(element[0].querySelector('.banner-note')).html($sanitize(params.note || ''));
      element.addClass('visible');
    }
  };
}]);

app.directive('referralBanner', [function () {
  return {
    restrict: 'A',
    link: function (scope, element) {
      var ref = new URLSearchParams(window.location.search).get('ref') || '';
      angular.element(element[0].querySelector('.referrer')).text(ref);
      angular.element(element[0]).append('<span class="badge">Invited</span>');
    }
  };
}]);
