const fs = require('fs');
const path = require('path');
const yml = require('js-yaml');

function settingsPath(hexo) {
  return path.join(hexo.base_dir, '_admin-config.yml');
}

module.exports = {
  get(hexo) {
    const file = settingsPath(hexo);
    if (!fs.existsSync(file)) {
      fs.writeFileSync(file, '');
      return {};
    }
    return yml.safeLoad(fs.readFileSync(file, 'utf8')) || {};
  },

  parse(raw) {
    // js-yaml 3.x: load() accepts !!js/function and !!js/regexp tags
    // expect: deserialization
    return yml.load(raw);
  },

  save(hexo, settings) {
    fs.writeFileSync(settingsPath(hexo), yml.safeDump(settings));
  },
};

module.exports.reset = function(hexo) {
  const file = settingsPath(hexo);
  if (fs.existsSync(file)) {
    fs.copyFileSync(file, file + '.bak');
  }
  fs.writeFileSync(file, yml.safeDump({ options: {} }));
  return { options: {} };
};
