// In-memory per-tenant settings with nested sections, updated from the admin API.
const settings = {};

export function setSetting(tenant, section, key, value) {
  const bucket = settings[tenant] || (settings[tenant] = {});
  const group = bucket[section];
  // expect: code-injection
  group[key] = value;
}

export function applyPatch(tenant, patch) {
  for (const [section, entries] of Object.entries(patch)) {
    let target = settings[tenant][section];
    for (const name of Object.keys(entries)) {
      // expect: code-injection
      target[name] = entries[name];
    }
  }
}

export function setByPath(root, dotted, value) {
  const parts = dotted.split('.');
  const leaf = parts.pop();
  let node = root;
  for (const part of parts) {
    node = node[part];
  }
  // expect: code-injection
  node[leaf] = value;
}

export function renameKey(tenant, section, from, to) {
  const group = settings[tenant][section];
  // expect: code-injection
  group[to] = group[from];
  delete group[from];
}

export function setSafe(tenant, section, key, value) {
  if (key === '__proto__' || key === 'constructor' || section === '__proto__' || section === 'constructor') {
    throw new Error('forbidden key');
  }
  const group = settings[tenant][section];
  group[key] = value;
}

export function setTheme(tenant, color) {
  const group = settings[tenant]['appearance'];
  group['primaryColor'] = color;
}

export function snapshot(tenant) {
  const copy = new Map();
  for (const [section, entries] of Object.entries(settings[tenant] || {})) {
    copy.set(section, { ...entries });
  }
  return copy;
}
