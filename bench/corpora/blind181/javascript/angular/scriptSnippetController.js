// AngularJS 1.x admin screen for the storefront's "custom script" snippets.
// Store staff paste analytics snippets; the preview pane runs them.

var app = angular.module('storeAdmin', ['ngSanitize']);

app.controller('ScriptSnippetController', function($scope,$sce){
  $scope.snippet = { name: '', code: '' };
  $scope.saved = [];

  $scope.builtinTracker = $sce.trustAsJs('window.__storeTracker && window.__storeTracker.init();');

  $scope.preview = function () {
    // the code field is whatever the staff member typed or pasted
    // expect: xss
    $scope.previewCode = $sce.trustAsJs($scope.snippet.code);
  };

  $scope.describe = function () {
    return $sce.trustAsHtml('<b>Snippets run on every page of the store.</b>');
  };

  $scope.save = function () {
    if (!$scope.snippet.name) {
      return;
    }
    $scope.saved.push(angular.copy($scope.snippet));
    $scope.snippet = { name: '', code: '' };
  };

  $scope.remove = function (index) {
    $scope.saved.splice(index, 1);
  };

  $scope.snippetCount = function () {
    return $scope.saved.length;
  };

  $scope.displayName = function (snippet) {
    return snippet.name.trim() || 'Untitled snippet';
  };
});
