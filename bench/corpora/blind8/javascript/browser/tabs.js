// library: jQuery (plugin)
(function ($) {
  'use strict';

  $.fn.tabs = function (options) {
    const settings = $.extend({ active: 0, onChange: null }, options);

    return this.each(function () {
      const $root = $(this);
      const $labels = $root.find('[data-tab]');

      function activate(name) {
        $labels.removeClass('active').filter(function () {
          return $(this).data('tab') === name;
        }).addClass('active');
        $root.find('.panel').hide().filter(`[data-panel="${$.escapeSelector(name)}"]`).show();
        if (typeof settings.onChange === 'function') settings.onChange(name);
      }

      $labels.on('click', function (e) {
        e.preventDefault();
        activate($(this).data('tab'));
      });

      const fromHash = window.location.hash.slice(1);
      if (fromHash) {
        // expect: xss
        $('#tab-' + fromHash).addClass('active');
      }

      const title = $root.data('title');
      // expect: xss
      $root.before('<h3 class="tabs-title">' + title + '</h3>');
      $root.attr('aria-label', title);
      $('<span class="count">').text($labels.length).appendTo($root);

      $.get('/api/tab-help', function (data) {
        // expect: xss
        $root.find('.help').html(data.html);
        $root.find('.help-title').text(data.title);
      });

      activate($labels.eq(settings.active).data('tab'));
    });
  };
})(jQuery);
