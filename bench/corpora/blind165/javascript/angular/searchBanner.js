// Help-centre search page (AngularJS 1.7). Shows the term the visitor searched for,
// a status message from the API and the "did you mean" suggestion.
'use strict';

var helpApp = angular.module('helpCentre', ['ngSanitize']);

helpApp.controller('SearchBannerCtrl', function ($scope, $http, $location, $sanitize) {
  var banner = angular.element(document.getElementById('search-banner'));
  var hint = angular.element(document.querySelector('.search-hint'));

  function currentTerm() {
    var term = $location.search().q;
    return typeof term === 'string' ? term : '';
  }

  $scope.showBanner = function () {
    var term = currentTerm();
    // expect: xss
    banner.html('<h2>Results for <em>' + term + '</em></h2>');
    hint.text('Showing articles that mention ' + term);
  };

  $scope.showFragmentNote = function () {
    var note = decodeURIComponent(window.location.hash.slice(1));
    // expect: xss
    angular.element(document.getElementById('fragment-note')).append('<p class="note">' + note + '</p>');
  };

  $scope.loadStatus = function () {
    $http.get('/api/help/status').then(function (res) {
      // expect: xss
      angular.element(document.getElementById('status-line')).prepend(res.data.message);
      angular.element(document.getElementById('status-time')).text(res.data.updatedAt);
    });
  };

  $scope.loadSuggestion = function () {
    $http.get('/api/help/suggest', { params: { q: currentTerm() } }).then(function (res) {
      var safe = $sanitize(res.data.suggestionHtml);
      angular.element(document.getElementById('did-you-mean')).html(safe);
    });
  };

  $scope.showEmptyState = function () {
    angular.element(document.getElementById('search-banner')).html('<h2>Type a question to search the help centre</h2>');
    hint.text('');
  };
});
