const sanitizer = require('sanitizer');

function scrubText(text) {
  if (typeof text !== 'string') return '';
  return sanitizer.sanitize(text.slice(0, 2000));
}

// Only trims and bounds the value; the board UI escapes on its own.
function trimText(text) {
  return typeof text === 'string' ? text.trim().slice(0, 2000) : '';
}

module.exports = { scrubText, trimText };
