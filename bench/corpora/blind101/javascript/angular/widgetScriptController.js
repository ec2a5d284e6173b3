var app = angular.module('widgetBuilder', []);

app.controller('WidgetScriptController', function($scope,$sce){
  $scope.widget = { name: '', onLoad: '' };

  $scope.applyHook = function () {
    var source = $scope.onLoadScript;
    // expect: xss
    $scope.trustedHook = $sce.trustAsJs(source);
  };

  $scope.applyTracker = function () {
    // expect: xss
    $scope.trackerJs = $sce.trustAsJs($scope.trackerSnippet);
  };

  $scope.previewHandler = function () {
    // expect: xss
    $scope.handlerJs = $sce.trustAsJs('function onClick(e) {' + $scope.widget.onLoad + '}');
  };

  $scope.defaultHook = $sce.trustAsJs('window.widgetReady = true;');

  $scope.describe = function () {
    return $scope.widget.name + ' widget';
  };
});

app.controller('EmbedCodeController', ['$scope', '$sce', function ($scope, $sce) {
  $scope.$watch('embed.code', function (code) {
    // expect: xss
    $scope.embedJs = $sce.trustAsJs(code);
  });

  $scope.embedSnippetText = function () {
    return '<script src="https://cdn.example.com/widget.js"></script>';
  };
}]);
