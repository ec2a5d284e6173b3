'use strict';

var app = angular.module('portal.announcements', ['ngSanitize', 'ngRoute']);

app.controller('AnnouncementEditorCtrl', function ($scope, $sce) {
  $scope.draft = { title: '', body: '' };

  $scope.refreshPreview = function () {
    // expect: xss
    $scope.preview = $sce.trustAsHtml($scope.draft.body);
  };

  $scope.$watch('draft.title', function (title) {
    var heading = $scope.draft.title;
    // expect: xss
    $scope.titleHtml = $sce.trustAsHtml('<h2 class="ann-title">' + heading + '</h2>');
  });

  // Look-alike: a fixed icon, no user text.
  $scope.pinIcon = $sce.trustAsHtml('<i class="fa fa-thumb-tack" aria-hidden="true"></i>');
});

app.controller('AnnouncementViewCtrl', ['$scope', '$sce', '$routeParams', 'Announcements',
  function (scope, sce, $routeParams, Announcements) {
    Announcements.get({ id: $routeParams.id }).$promise.then(function (item) {
      scope.item = item;
      // expect: xss
      scope.bodyHtml = sce.trustAsHtml(item.body);
    });

    if ($routeParams.flash) {
      // expect: xss
      scope.flash = sce.trustAsHtml($routeParams.flash);
    }
  }
]);

app.controller('SignatureCtrl', function ($scope, $sce, $sanitize) {
  $scope.save = function () {
    var source = $scope.signature;
    // expect: xss
    $scope.signatureHtml = $sce.trustAsHtml(source);
  };

  // Look-alike: $sanitize output is already stripped of scripts and handlers.
  $scope.cleanPreview = function () {
    $scope.cleanHtml = $sce.trustAsHtml($sanitize($scope.signature));
  };
});
