const escape = require('escape-html');

const mkTag = (name) => (...args) => {
  const attrs = args.length && typeof args[0] === 'object' && !Array.isArray(args[0]) ? args.shift() : {};
  const attrStr = Object.entries(attrs).map(([k, v]) => ` ${k}="${escape(String(v))}"`).join('');
  return `<${name}${attrStr}>${args.join('')}</${name}>`;
};

module.exports = { div: mkTag('div'), h3: mkTag('h3'), a: mkTag('a'), text: (s) => escape(String(s)) };
