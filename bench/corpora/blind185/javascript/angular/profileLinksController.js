/* global angular */
'use strict';

var app = angular.module('memberProfile', ['ngSanitize']);

app.controller('ProfileLinksCtrl', function($scope,$sce){
  $scope.links = [];
  $scope.statusPage = $sce.trustAsUrl('https://status.example.org/');

  $scope.load = function (profile) {
    $scope.website = profile.website;
    $scope.donateLink = profile.donateLink;
    $scope.handle = profile.handle;
    $scope.refresh();
  };

  $scope.refresh = function () {
    // members type any address here, javascript: ones included
    // expect: xss
    $scope.trustedWebsite = $sce.trustAsUrl($scope.website);

    var donate = $scope.donateLink;
    // expect: xss
    $scope.trustedDonate = $sce.trustAsUrl(donate);

    $scope.profileUrl = '/members/' + encodeURIComponent($scope.handle);
  };

  $scope.addLink = function (label, url) {
    var ok = /^https:\/\/[^\s/]+/i.test(url || '');
    if (!ok) {
      $scope.linkError = 'Links must start with https://';
      return;
    }
    $scope.links.push({ label: label, url: url });
    $scope.linkError = null;
  };

  $scope.helpUrl = function (topic) {
    var safeTopic = String(topic).replace(/[^a-z0-9-]/gi, '');
    return $sce.trustAsUrl('https://help.example.org/profiles/' + safeTopic);
  };
});

app.filter('shortUrl', function () {
  return function (url) {
    if (!url) return '';
    return String(url).replace(/^https?:\/\//, '').replace(/\/$/, '');
  };
});
