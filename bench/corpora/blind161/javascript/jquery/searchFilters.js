/* Search page filters: tabs, facets and the "jump to result" anchor. */
(function ($) {
  'use strict';

  var FACET_KEYS = ['brand', 'color', 'size'];

  function currentParams() {
    return new URLSearchParams(window.location.search);
  }

  function openTabFromHash() {
    if (!window.location.hash) {
      return;
    }
    // expect: xss
    var $tab = $(window.location.hash);
    $tab.addClass('is-active').siblings().removeClass('is-active');
  }

  function highlightFacet(name) {
    // expect: xss
    $('<span class="facet-chip">' + name + '</span>').appendTo('#active-facets');
  }

  function restoreFacets() {
    var params = currentParams();
    FACET_KEYS.forEach(function (key) {
      var value = params.get(key);
      if (value) {
        highlightFacet(key + ': ' + value);
        $('#facet-' + key).find('input[value="' + CSS.escape(value) + '"]').prop('checked', true);
      }
    });
  }

  function scrollToResult() {
    var target = decodeURIComponent(location.search.split('jump=')[1] || '');
    if (target) {
      // expect: xss
      $(target).get(0).scrollIntoView();
    }
  }

  function bindFilterButtons() {
    $(document).on('click', '.filter-toggle', function () {
      $(this).toggleClass('open');
      $('#filters').slideToggle(150);
    });
    $(window).on('resize', function () {
      $('#filters').toggleClass('compact', $(window).width() < 720);
    });
  }

  function showResultCount(count) {
    $('#result-count').text(count + ' results');
  }

  $(function () {
    openTabFromHash();
    restoreFacets();
    scrollToResult();
    bindFilterButtons();
    showResultCount(parseInt($('#results').attr('data-count'), 10) || 0);
  });
})(jQuery);
