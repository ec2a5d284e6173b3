var app = angular.module('inboxApp', ['ngSanitize']);

app.controller('MessageCtrl', function($scope, $sce){
  $scope.message = '';
  $scope.signature = '';

  $scope.render = function () {
    // expect: xss
    $scope.messageHtml = $sce.trustAsHtml($scope.message);
  };

  $scope.renderSignature = function () {
    var sig = $scope.signature;
    // expect: xss
    $scope.signatureHtml = $sce.trustAsHtml(sig);
  };

  $scope.showReply = function (reply) {
    // expect: xss
    $scope.replyHtml = $sce.trustAsHtml(reply.body);
  };

  $scope.emptyHtml = $sce.trustAsHtml('<em>No messages yet</em>');
});

app.controller('BioCtrl', function($scope, $sanitize){
  $scope.bioHtml = $sanitize($scope.bio || '');
});
