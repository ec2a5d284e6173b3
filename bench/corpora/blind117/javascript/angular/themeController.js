var app = angular.module('themeStudio', []);

app.controller('ThemeCtrl', function($scope,$sce){
  // expect: xss
  $scope.customCss = $sce.trustAsCss($scope.userTheme);

  var raw = $scope.draftStyles;
  // expect: xss
  $scope.draftCss = $sce.trustAsCss(raw);

  $scope.applyTheme = function () {
    // expect: xss
    $scope.previewCss = $sce.trustAsCss($scope.theme.css);
  };

  $scope.defaultCss = $sce.trustAsCss('body { font-family: sans-serif; }');
  $scope.title = 'Theme studio';
});

app.controller('PaletteCtrl', function($scope, $sce) {
  $scope.palette = ['#222', '#eee', '#c33'];
  $scope.swatch = $sce.trustAsCss('.swatch { width: 2rem; }');
});
