(function () {
  'use strict';

  var STRICT_CONTEXT = false;

  angular.module('shop', ['ngSanitize'])
    .config(function ($sceProvider) {
      // expect: xss
      $sceProvider.enabled(false);
    });

  angular.module('shop.legacy', [])
    .config(['$sceProvider', function (sce) {
      // expect: xss
      sce.enabled(false);
    }]);

  function configureSce($sceProvider) {
    // expect: xss
    $sceProvider.enabled(STRICT_CONTEXT);
  }
  configureSce.$inject = ['$sceProvider'];
  angular.module('shop.reports', []).config(configureSce);

  angular.module('shop.widgets', [])
    .config(function ($sceProvider, $sceDelegateProvider) {
      $sceProvider.enabled(true);
      $sceDelegateProvider.resourceUrlWhitelist(['self', 'https://cdn.shop.example.com/**']);
    })
    .run(function ($sce, $log) {
      if (!$sce.isEnabled()) {
        $log.warn('SCE is disabled');
      }
    });
})();
