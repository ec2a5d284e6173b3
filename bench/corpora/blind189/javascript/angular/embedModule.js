'use strict';

// Customer-embeddable widget module: customers paste the widget on their own
// sites and point it at article and video URLs.
var widget = angular.module('helpWidget', ['ngSanitize']);

widget.config(['$sceDelegateProvider', function ($sceDelegateProvider) {
  // Customers embed videos from many hosts; listing them all was a support burden.
  // expect: xss
  $sceDelegateProvider.resourceUrlWhitelist(['self', '**']);
}]);

widget.config(['$sceDelegateProvider', function ($sceDelegateProvider) {
  $sceDelegateProvider.resourceUrlBlacklist([
    'https://help.example.com/redirect**'
  ]);
}]);

widget.directive('helpVideo', ['$sce', function ($sce) {
  var PROVIDERS = {
    youtube: 'https://www.youtube-nocookie.com/embed/',
    vimeo: 'https://player.vimeo.com/video/'
  };
  return {
    restrict: 'E',
    scope: { provider: '@', videoId: '@' },
    template: '<iframe ng-if="src" ng-src="{{src}}" allowfullscreen></iframe>',
    link: function (scope) {
      var base = PROVIDERS[scope.provider];
      var id = String(scope.videoId || '').replace(/[^A-Za-z0-9_-]/g, '');
      scope.src = base && id ? $sce.trustAsResourceUrl(base + id) : null;
    }
  };
}]);

// The help center itself: our origin and our template CDN only.
angular.module('helpCenter').config(['$sceDelegateProvider', function ($sceDelegateProvider) {
  $sceDelegateProvider.resourceUrlWhitelist([
    'self',
    'https://templates.helpcdn.example.com/**'
  ]);
}]);

module.exports = widget;
