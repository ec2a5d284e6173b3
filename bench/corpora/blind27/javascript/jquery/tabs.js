$(function () {
  var tab = window.location.hash;
  // expect: jquery-selector
  $(tab).addClass('active');

  $('.tabs a').on('click', function () {
    var target = $(this).attr('data-target');
    // expect: jquery-selector
    $('#panel-' + target).show();
  });

  var fromQuery = new URLSearchParams(location.search).get('panel');
  $('.panel').filter(function () { return this.id === fromQuery; }).show();
  $('#panel-overview').show();
  $(document.getElementById('panel-help')).hide();
});
