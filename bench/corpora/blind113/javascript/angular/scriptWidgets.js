'use strict';

var app = angular.module('dashboard', []);

// Dashboard tiles may carry a small script that the tile author wrote.

app.controller('TileCtrl', function ($scope, $sce) {
  $scope.tile = $scope.$parent.currentTile;
  // expect: xss
  $scope.tileScript = $sce.trustAsJs($scope.tile.onLoadScript);
});

app.controller('EmbedCtrl', function ($scope, $sce) {
  $scope.$watch('embed.code', function () {
    var source = $scope.embed.code;
    // expect: xss
    $scope.trustedEmbed = $sce.trustAsJs(source);
  });
});

app.controller('MacroCtrl', function ($scope, $sce, macroStore) {
  $scope.run = function (name) {
    var macro = macroStore.get(name);
    // expect: xss
    return $sce.trustAsJs('(function(){' + macro.body + '})()');
  };
});

app.controller('TrackingCtrl', function ($scope, $sce) {
  // expect: xss
  $scope.pixel = $sce.trustAsJs($scope.settings.trackingSnippet);
});

app.controller('ClockCtrl', function ($scope, $sce) {
  $scope.clockScript = $sce.trustAsJs('window.startClock && window.startClock();');
  $scope.readBack = function (trusted) {
    return $sce.getTrustedJs(trusted);
  };
});
