'use strict';

var app = angular.module('storefront');

// Store owners customise their storefront; the page is what shoppers see.
app.controller('StoreThemeCtrl', function($scope,$sce){
  $scope.theme = { accent: '#0055aa', font: 'system-ui', customCss: '' };

  $scope.apply = function (store) {
    $scope.theme.accent = /^#[0-9a-f]{6}$/i.test(store.accent) ? store.accent : '#0055aa';
    $scope.theme.font = store.font === 'serif' ? 'Georgia, serif' : 'system-ui';
    $scope.customCss = store.customCss;
  };

  $scope.fonts = [
    { id: 'system', label: 'System' },
    { id: 'serif', label: 'Serif' }
  ];

  $scope.isSelectedFont = function (font) {
    return ($scope.theme.font === 'Georgia, serif') === (font.id === 'serif');
  };

  $scope.accentStyle = function () {
    return { color: $scope.theme.accent, 'font-family': $scope.theme.font };
  };

  $scope.storeCss = function () {
    // expect: xss
    return $sce.trustAsCss($scope.customCss);
  };

  $scope.printCss = function () {
    return $sce.trustAsCss('@media print { .no-print { display: none } }');
  };
});
