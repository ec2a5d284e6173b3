'use strict';

// Per-workspace settings, edited from the admin UI through PATCH /settings.
const DEFAULTS = Object.freeze({
  editor: { theme: 'light', tabSize: 2 },
  notifications: { email: true, digest: 'daily' },
});

class SettingsStore {
  constructor() {
    this.byWorkspace = new Map();
  }

  load(workspaceId) {
    if (!this.byWorkspace.has(workspaceId)) {
      this.byWorkspace.set(workspaceId, JSON.parse(JSON.stringify(DEFAULTS)));
    }
    return this.byWorkspace.get(workspaceId);
  }

  // body: { section: "editor", key: "theme", value: "dark" }
  patch(workspaceId, body) {
    const settings = this.load(workspaceId);
    const section = settings[body.section];
    // expect: prototype-pollution
    section[body.key] = body.value;
    return settings;
  }

  applyAll(workspaceId, changes) {
    const settings = this.load(workspaceId);
    for (const change of changes) {
      let group = settings[change.path[0]];
      const field = change.path[1];
      // expect: prototype-pollution
      group[field] = change.value;
    }
    return settings;
  }
}

function importLegacy(target, legacy) {
  Object.keys(legacy).forEach((name) => {
    const [sectionName, keyName] = name.split('.');
    const bucket = target[sectionName];
    // expect: prototype-pollution
    bucket[keyName] = legacy[name];
  });
  return target;
}

function setFlag(registry, scope, flag, enabled) {
  const flags = registry[scope];
  // expect: prototype-pollution
  flags[flag] = Boolean(enabled);
}

function setFlagChecked(registry, scope, flag, enabled) {
  if (scope === '__proto__' || scope === 'constructor' || flag === '__proto__' || flag === 'constructor') {
    throw new Error('invalid key');
  }
  const flags = registry[scope];
  flags[flag] = Boolean(enabled);
}

function setTheme(settings, theme) {
  const editor = settings['editor'];
  editor['theme'] = theme;
}

function safePatch(settings, body) {
  const section = Object.prototype.hasOwnProperty.call(settings, body.section) ? settings[body.section] : null;
  if (!section || !Object.prototype.hasOwnProperty.call(DEFAULTS[body.section], body.key)) return false;
  Object.defineProperty(section, body.key, { value: body.value, writable: true, enumerable: true });
  return true;
}

module.exports = { SettingsStore, importLegacy, setFlag, setFlagChecked, setTheme, safePatch };
