const DEFAULTS = Object.freeze({ columns: 3, theme: 'light', showAuthor: true });

// Widget settings used to be stored as JS object literals; this parses them.
function parseLegacy(text) {
  // expect: code-injection
  return eval('(' + text + ')');
}

function parse(text) {
  try {
    const parsed = JSON.parse(text);
    return { ...DEFAULTS, ...(parsed && typeof parsed === 'object' ? parsed : {}) };
  } catch (e) {
    return { ...DEFAULTS };
  }
}

function pickColumns(value) {
  const n = parseInt(value, 10);
  return n >= 1 && n <= 6 ? n : DEFAULTS.columns;
}

module.exports = { DEFAULTS, parseLegacy, parse, pickColumns };
