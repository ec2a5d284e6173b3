// library: jQuery (plugin rendering server data)
(function ($) {
  $.fn.comments = function (opts) {
    const $root = this;
    const endpoint = opts.endpoint;

    function render(c) {
      const $item = $('<div class="comment">');
      $item.append($('<span class="author">').text(c.author));
      // expect: xss
      $item.append('<div class="body">' + c.bodyHtml + '</div>');
      return $item;
    }

    $.ajax({ url: endpoint, dataType: 'json' }).done(function (data) {
      $root.empty();
      data.comments.forEach(function (c) {
        $root.append(render(c));
      });
      // expect: xss
      $root.prepend('<h3>' + data.threadTitle + ' (' + data.comments.length + ')</h3>');
    });

    $root.on('submit', 'form', function (e) {
      e.preventDefault();
      const text = $(this).find('textarea').val();
      // expect: xss
      $('<div class="comment pending">' + text + '</div>').appendTo($root);
      $.post(endpoint, { text: text });
    });

    return this;
  };
})(jQuery);
