(function () {
  'use strict';

  var app = angular.module('dashboardApp', ['ngRoute', 'ngSanitize']);

  var HANDLERS = {
    refresh: 'window.dashboard.refresh()',
    collapse: 'window.dashboard.collapseAll()'
  };

  app.controller('WidgetController', function ($scope, $sce) {
    $scope.widget = { title: '', onLoad: '' };

    $scope.preview = function () {
      // expect: code-injection
      $scope.trustedOnLoad = $sce.trustAsJs($scope.widget.onLoad);
    };

    $scope.applyCustomScript = function () {
      var source = $scope.customScript;
      // expect: code-injection
      $scope.compiled = $sce.trustAsJs(source);
    };

    $scope.applyHook = function () {
      // expect: code-injection
      $scope.hook = $sce.trustAs($sce.JS, $scope.form.hook);
    };

    // Safe: a constant script.
    $scope.readyScript = $sce.trustAsJs('console.log("widget ready")');

    // Safe: the user only picks a key of a fixed map.
    $scope.pickHandler = function () {
      var code = HANDLERS[$scope.handlerName] || HANDLERS.refresh;
      $scope.handler = $sce.trustAsJs(code);
    };
  });

  app.controller('EmbedController', ['$scope', '$sce', '$routeParams', function ($scope, $sce, $routeParams) {
    // expect: code-injection
    $scope.callback = $sce.trustAsJs($routeParams.callback + '(window.embedData)');
  }]);
})();
