/* Storefront widgets. The theme editor opens the storefront with
 * ?widget=<json> to preview settings that are not saved yet. */
var app = angular.module('storefront', []);

app.constant('ANALYTICS_BOOT', 'window.dataLayer = window.dataLayer || [];');

app.controller('WidgetController', function($scope,$sce){
  $scope.widget = JSON.parse(new URLSearchParams(window.location.search).get('widget') || '{}');
  $scope.title = $scope.widget.title || 'Featured';

  $scope.init = function () {
    // expect: xss
    $scope.onLoadJs = $sce.trustAsJs($scope.widget.onLoad);
  };

  $scope.columns = function () {
    var n = parseInt($scope.widget.columns, 10);
    return n >= 1 && n <= 6 ? n : 3;
  };
});

app.controller('AnalyticsController', function ($scope, $sce, ANALYTICS_BOOT) {
  $scope.bootJs = $sce.trustAsJs(ANALYTICS_BOOT);
  $scope.pageType = document.body.getAttribute('data-page-type') || 'other';
});

app.directive('widgetGrid', function () {
  return {
    restrict: 'E',
    scope: { items: '<', columns: '<' },
    template: '<div class="grid" ng-class="\'cols-\' + columns">' +
      '<div class="cell" ng-repeat="item in items track by item.id">{{item.name}}</div>' +
      '</div>'
  };
});
