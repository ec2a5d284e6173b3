'use strict';

var app = angular.module('profileApp', ['ngSanitize']);

app.controller('ProfileLinksCtrl', function($scope, $sce){
  $scope.website = $scope.profile ? $scope.profile.website : '';
  $scope.docsUrl = $sce.trustAsUrl('https://docs.example.com/profile');

  $scope.openWebsite = function () {
    // expect: xss
    $scope.websiteHref = $sce.trustAsUrl($scope.website);
  };

  $scope.followRedirect = function () {
    var target = $scope.redirectTarget;
    $scope.loading = true;
    // expect: xss
    $scope.redirectHref = $sce.trustAsUrl(target);
  };

  $scope.applyPromo = function () {
    // expect: xss
    $scope.promoLink = $sce.trustAsUrl($scope.promoUrl);
  };

  // Look-alikes: a checked https link and a literal support address.
  $scope.safeWebsite = function () {
    var url = String($scope.website || '');
    if (/^https:\/\/[a-z0-9.-]+\.example\.com\//i.test(url)) {
      $scope.checkedHref = url;
    }
  };

  $scope.support = $sce.trustAsUrl('mailto:support@example.com');

  $scope.$watch('profile', function (p) {
    $scope.displayName = p ? p.name : '';
  });
});

app.controller('FooterCtrl', function($scope){
  $scope.year = new Date().getFullYear();
  $scope.links = [{ label: 'Privacy', href: '/privacy' }, { label: 'Terms', href: '/terms' }];
});
