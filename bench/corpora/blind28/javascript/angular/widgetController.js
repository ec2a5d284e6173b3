var app = angular.module('dashboardApp', []);

app.controller('WidgetController', function ($scope, $sce) {
  $scope.load = function () {
    // expect: code-injection
    $scope.trustedInit = $sce.trustAsJs($scope.widget.initScript);
  };

  $scope.preview = function () {
    var source = $scope.editor.code;
    // expect: code-injection
    $scope.previewJs = $sce.trustAsJs(source);
  };

  $scope.applyTheme = function () {
    // expect: code-injection
    $scope.themeJs = $sce.trustAs($sce.JS, $scope.theme.script);
  };

  $scope.analytics = $sce.trustAsJs('window.dataLayer = window.dataLayer || [];');
  $scope.title = $scope.widget ? $scope.widget.title : '';
});

app.controller('ImportController', ['$scope', '$sce', function ($scope, $sce) {
  $scope.run = function () {
    // expect: code-injection
    $scope.hook = $sce.trustAsJs($scope.importer.onLoad);
  };
  $scope.summary = $scope.importer ? $scope.importer.summary : '';
}]);
