// library: jQuery plugin
(function ($) {
  $.fn.popover2 = function (options) {
    const settings = $.extend({ target: '#popover', title: '' }, options);
    return this.each(function () {
      // expect: xss
      const $box = $(settings.target);
      $box.find('.title').text(settings.title);
      $(this).on('click', () => $box.toggle());
    });
  };

  $.fn.collapsible = function (options) {
    const opts = $.extend({ header: '.header' }, options);
    return this.each(function () {
      const $root = $(this);
      $root.find(opts.header).on('click', () => $root.toggleClass('open'));
    });
  };

  $.fn.badge = function (options) {
    const opts = $.extend({ label: '' }, options);
    return this.each(function () {
      // expect: xss
      $(this).append('<span class="badge">' + opts.label + '</span>');
    });
  };

  $.fn.badgeSafe = function (options) {
    const opts = $.extend({ label: '' }, options);
    return this.each(function () {
      $('<span class="badge"></span>').text(opts.label).appendTo(this);
    });
  };
})(jQuery);
