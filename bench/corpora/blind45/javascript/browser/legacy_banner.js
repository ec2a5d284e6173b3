(function () {
  var campaign = location.hash.substring(1);
  // expect: xss
  document.write('<p class="campaign">' + location.hash.substring(1) + '</p>');

  // expect: xss
  document.write(decodeURIComponent(document.location.search.replace('?msg=', '')));

  // expect: xss
  document.write("<img src='/pixel.gif?ref=" + document.location.href + "' width='1' height='1'>");

  function writeBackLink() {
    // expect: xss
    document.write('<a href="' + location.pathname + '?back=1">Back</a>');
  }
  writeBackLink();

  var banner = document.getElementById('campaign');
  banner.textContent = campaign;

  var note = document.createElement('p');
  note.appendChild(document.createTextNode(decodeURIComponent(location.search)));
  document.body.appendChild(note);
})();
