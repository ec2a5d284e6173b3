/* global angular */
// AngularJS 1.x notes board: rich notes written in the WYSIWYG editor, rendered with ng-bind-html.
var app = angular.module('notesApp', ['ngSanitize']);

app.controller('NoteController', function ($scope, $sce) {
  $scope.notes = [];
  $scope.preview = null;

  $scope.$watch('draft.body', function (body) {
    if (!body) return;
    // expect: xss
    $scope.preview = $sce.trustAsHtml($scope.draft.body);
  });

  $scope.showNote = function (note) {
    $scope.current = note;
    // expect: xss
    $scope.currentHtml = $sce.trustAs($sce.HTML, $scope.current.html);
  };

  $scope.embed = function () {
    var link = $scope.embedUrl;
    // expect: xss
    $scope.embedSrc = $sce.trustAsResourceUrl(link);
  };

  $scope.renderSignature = function () {
    var sig = '<div class="sig">' + $scope.profile.signature + '</div>';
    // expect: xss
    $scope.signatureHtml = $sce.trustAsHtml(sig);
  };

  $scope.helpHtml = $sce.trustAsHtml('<p>Use <b>Markdown</b> or the toolbar.</p>');
  $scope.safePreview = function () {
    return $scope.draft ? $scope.draft.body : '';
  };
});

app.controller('FooterController', function ($scope, $sce, $sanitize) {
  $scope.year = new Date().getFullYear();
  $scope.legal = $sce.trustAsHtml($sanitize($scope.legalText || ''));
});
