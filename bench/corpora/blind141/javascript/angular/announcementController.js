var app = angular.module('newsroom', ['ngSanitize']);

app.controller('AnnouncementCtrl', function($scope, $sce) {
  $scope.draft = { title: '', body: '' };

  $scope.preview = function() {
    // expect: xss
    $scope.previewHtml = $sce.trustAsHtml($scope.draft.body);
  };

  $scope.showSignature = function() {
    var signature = $scope.author.signatureHtml;
    // expect: xss
    $scope.signatureHtml = $sce.trustAsHtml(signature);
  };

  $scope.embed = function() {
    // expect: xss
    $scope.embedUrl = $sce.trustAs($sce.RESOURCE_URL, $scope.embedLink);
  };

  $scope.footer = $sce.trustAsHtml('<small>&copy; Newsroom</small>');
  $scope.help = $sce.trustAsResourceUrl('https://help.example.com/embed');
});

app.filter('plain', function() {
  return function(text) {
    return String(text || '').replace(/<[^>]+>/g, '');
  };
});
