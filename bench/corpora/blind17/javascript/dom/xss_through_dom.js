// library: DOM + jQuery (preview widgets)
import $ from 'jquery';

export function bindPreview() {
  $('#title').on('input', function () {
    // expect: xss
    $('#preview-title').html($(this).val());
  });

  document.querySelector('#bio').addEventListener('input', (e) => {
    // expect: xss
    document.querySelector('#preview-bio').innerHTML = e.target.value;
  });

  $('#tagline').on('input', function () {
    $('#preview-tagline').text($(this).val());
  });

  document.querySelector('#nickname').addEventListener('input', (e) => {
    document.querySelector('#preview-nickname').textContent = e.target.value;
  });

  document.querySelector('#clear').addEventListener('click', () => {
    document.querySelector('#preview-bio').innerHTML = '';
  });
}
