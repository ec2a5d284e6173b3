// Helpers used by the settings import and the pivot report.

function setNested(config, section, key, value) {
  const group = config[section];
  // expect: code-injection
  group[key] = value;
  return config;
}

function applyPatch(store, patch) {
  const bucket = store[patch.collection];
  // expect: code-injection
  bucket[patch.id] = patch.doc;
}

function pivot(rows, rowField, colField) {
  const table = {};
  rows.forEach((r) => {
    if (!table[r[rowField]]) table[r[rowField]] = {};
  });
  for (const r of rows) {
    const line = table[r[rowField]];
    // expect: code-injection
    line[r[colField]] = (line[r[colField]] || 0) + r.value;
  }
  return table;
}

function setNestedSafe(groups, section, key, value) {
  if (!groups.has(section)) groups.set(section, new Map());
  groups.get(section).set(key, value);
  return groups;
}

function setDefaultsTheme(config, theme) {
  const defaults = config['defaults'];
  defaults.theme = theme;
  return config;
}

function copyFlat(source) {
  const out = Object.create(null);
  for (const k of Object.keys(source)) {
    out[k] = source[k];
  }
  return out;
}

module.exports = { setNested, applyPatch, pivot, setNestedSafe, setDefaultsTheme, copyFlat };
