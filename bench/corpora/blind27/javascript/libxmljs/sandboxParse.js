const vm = require('vm');
const libxmljs = require('libxmljs');

function parseUpload(xml) {
  // expect: xxe
  return libxmljs.parseXml(xml, { noent: true });
}

function parseInSandbox(xml) {
  const context = vm.createContext({ libxmljs, xml });
  // expect: xxe
  return vm.runInContext('libxmljs.parseXml(xml, { noent: true, noblanks: true })', context);
}

function parseSafely(xml) {
  return libxmljs.parseXml(xml, { noent: false, nonet: true });
}

module.exports = { parseUpload, parseInSandbox, parseSafely };
