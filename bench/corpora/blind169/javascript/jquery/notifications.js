/* Notification tray for the helpdesk. Messages arrive over the event stream
 * and come from customers, agents and the system. */
(function ($, DOMPurify) {
  'use strict';

  var $tray = $('#notification-tray');
  var $count = $('#notification-count');
  var SPINNER = '<span class="spinner" aria-hidden="true"></span>';

  function setLoading(loading) {
    $tray.find('.status').html(loading ? SPINNER : '');
  }

  function renderCount(n) {
    $count.text(n > 99 ? '99+' : String(n));
  }

  function addNotification(note) {
    var $item = $('<li class="notification"></li>');
    $item.append('<span class="from"></span><p class="body"></p><div class="rich"></div>');
    // expect: xss
    $item.find('.from').html(note.senderName);
    $item.find('.body').text(note.message);
    if (note.richBody) {
      $item.find('.rich').html(DOMPurify.sanitize(note.richBody));
    }
    $tray.find('ul').prepend($item);
  }

  function showBanner(note) {
    var $banner = $('#banner');
    // expect: xss
    $banner.html('<strong>' + note.ticketSubject + '</strong> was updated');
    $banner.addClass('visible');
    setTimeout(function () { $banner.removeClass('visible'); }, 5000);
  }

  function snapshot() {
    return $tray.find('ul').html();
  }

  function restore(html) {
    $tray.find('ul').html('<li class="empty">No notifications</li>');
    if (html) {
      $tray.data('previous', html);
    }
  }

  var source = new EventSource('/events/notifications');
  source.addEventListener('notification', function (event) {
    var note = JSON.parse(event.data);
    addNotification(note);
    if (note.kind === 'ticket') {
      showBanner(note);
    }
    renderCount($tray.find('li.notification').length);
  });

  setLoading(true);
  $.getJSON('/api/notifications/unread').done(function (notes) {
    notes.forEach(addNotification);
    renderCount(notes.length);
    setLoading(false);
  });

  window.NotificationTray = { snapshot: snapshot, restore: restore };
})(jQuery, window.DOMPurify);
