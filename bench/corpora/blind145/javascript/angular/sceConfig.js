'use strict';

// Strict contextual escaping setup for the media module: which hosts may serve
// templates, iframes and scripts loaded through ng-include / ng-src.
angular
  .module('media.config', ['ngSanitize'])
  .config(configureResourceUrls)
  .config(configurePartnerEmbeds)
  .config(configureLegacyWidgets);

configureResourceUrls.$inject = ['$sceDelegateProvider'];
function configureResourceUrls($sceDelegateProvider) {
  // expect: xss
  $sceDelegateProvider.resourceUrlWhitelist(['self', '**']);
  $sceDelegateProvider.resourceUrlBlacklist(['http://**']);
}

configurePartnerEmbeds.$inject = ['$sceDelegateProvider'];
function configurePartnerEmbeds($sceDelegateProvider) {
  // exact hosts and path prefixes only
  $sceDelegateProvider.resourceUrlWhitelist([
    'self',
    'https://www.youtube.com/embed/**',
    'https://player.vimeo.com/video/**',
  ]);
}

configureLegacyWidgets.$inject = ['$sceDelegateProvider'];
function configureLegacyWidgets($sceDelegateProvider) {
  // expect: xss
  $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://**.widgets-cdn.net/**']);
}

angular.module('media.partners', []).config(['$sceDelegateProvider', function ($sceDelegateProvider) {
  var trusted = ['self', 'https://cdn.media.example.org/templates/**'];
  $sceDelegateProvider.resourceUrlWhitelist(trusted);
}]);

angular.module('media.preview', []).config(['$sceDelegateProvider', function ($sceDelegateProvider) {
  // previews are rendered from any storage bucket the uploader picked
  // expect: xss
  $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://storage.googleapis.com/**', '**']);
}]);

angular.module('media.docs', []).config(['$sceDelegateProvider', function ($sceDelegateProvider) {
  $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://docs.media.example.org/partials/*.html']);
}]);
