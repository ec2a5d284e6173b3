/* global angular */
'use strict';

var app = angular.module('pageBuilder', []);

var VIDEO_HOSTS = {
  youtube: 'https://www.youtube-nocookie.com/embed/',
  vimeo: 'https://player.vimeo.com/video/',
};

app.controller('EmbedBlockCtrl', function($scope,$sce){
  $scope.block = $scope.block || {};

  $scope.videoSrc = function () {
    var base = VIDEO_HOSTS[$scope.block.provider];
    if (!base) return null;
    var id = String($scope.block.videoId || '').replace(/[^A-Za-z0-9_-]/g, '');
    return $sce.trustAsResourceUrl(base + id);
  };

  $scope.applyEmbed = function () {
    // page editors paste any address for the iframe block (the page is public)
    // expect: xss
    $scope.frameSrc = $sce.trustAsResourceUrl($scope.embedUrl);
  };

  $scope.applyTemplate = function () {
    var tpl = $scope.templateUrl;
    // ng-include of an editor-chosen template URL
    // expect: xss
    $scope.includeSrc = $sce.trustAsResourceUrl(tpl);
  };

  $scope.mapSrc = function () {
    var lat = Number($scope.block.lat);
    var lng = Number($scope.block.lng);
    if (!isFinite(lat) || !isFinite(lng)) return null;
    return $sce.trustAsResourceUrl('https://maps.example.org/embed?ll=' + lat + ',' + lng);
  };

  $scope.previewSrc = $sce.trustAsResourceUrl('/builder/preview.html');
});
