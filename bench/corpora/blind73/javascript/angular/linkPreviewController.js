var app = angular.module('links', []);

app.controller('LinkPreviewController', function ($scope, $sce) {
  $scope.link = '';
  $scope.form = { homepage: '' };

  $scope.open = function () {
    // expect: xss
    $scope.trustedLink = $sce.trustAsUrl($scope.link);
  };

  $scope.follow = function () {
    var url = $scope.redirectUrl;
    $scope.following = true;
    // expect: xss
    $scope.go = $sce.trustAsUrl(url);
  };

  $scope.$watch('form.homepage', function (val) {
    // expect: xss
    $scope.homepage = $sce.trustAsUrl(val);
  });

  $scope.prepareDownload = function () {
    // expect: xss
    $scope.downloadHref = $sce.trustAs($sce.URL, $scope.downloadLink);
  };

  // Constant URLs and https-only links built from an id.
  $scope.statusPage = $sce.trustAsUrl('https://status.example.com');

  $scope.ticketLink = function (ticketId) {
    var id = String(ticketId).replace(/[^0-9]/g, '');
    return $sce.trustAsUrl('https://support.example.com/tickets/' + id);
  };

  $scope.plainLink = function () {
    return /^https:\/\/[\w.-]+\.example\.com\//.test($scope.link) ? $scope.link : '#';
  };
});
