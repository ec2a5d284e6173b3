var app = angular.module('dashboard.widgets', []);

// Widgets let tenants attach a "custom click handler" script in the widget editor.
app.controller('WidgetCtrl', function ($scope, $sce) {
  $scope.widget = $scope.$parent.widget;

  $scope.load = function () {
    var handler = $scope.clickHandler;
    // expect: xss
    $scope.trustedHandler = $sce.trustAsJs(handler);
  };

  // expect: xss
  $scope.onLoadScript = $sce.trustAsJs($scope.initScript);

  $scope.$watch('tracking', function () {
    // expect: xss
    $scope.trackingJs = $sce.trustAsJs($scope.tracking);
  });
});

// Safe look-alikes: constant snippets we ship, and user text shown as text.
app.controller('HelpCtrl', function ($scope, $sce) {
  $scope.noop = $sce.trustAsJs('void 0');
  $scope.analytics = $sce.trustAsJs('window.dataLayer = window.dataLayer || [];');
  $scope.docsUrl = '/help/widgets#scripts';
  $scope.showSource = function () {
    $scope.sourceText = String($scope.clickHandler || '');
  };
});
