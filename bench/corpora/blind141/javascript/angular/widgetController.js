var app = angular.module('dashboard', []);

app.controller('WidgetCtrl', function($scope, $sce) {
  $scope.widgets = [];

  $scope.loadHook = function() {
    // expect: xss
    $scope.hookJs = $sce.trustAsJs($scope.widget.onLoad);
  };

  $scope.loadFormatter = function() {
    var source = $scope.formatterSource;
    // expect: xss
    $scope.formatterJs = $sce.trustAsJs(source);
  };

  $scope.loadTracker = function() {
    // expect: xss
    $scope.trackerJs = $sce.trustAsJs($scope.settings.trackerSnippet);
  };

  $scope.noop = $sce.trustAsJs('void 0');
  $scope.title = $scope.widget ? $scope.widget.title : 'Dashboard';
});
