const $ = require('../core/app');
const { SETTINGS_KEY } = require('../constants');

const EDITABLE = ['githubUser', 'gistToken', 'defaultUserAgent', 'defaultTimeout', 'theme', 'syncPlatform'];

function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Nested settings from the UI (theme.dark.primary, ...) merged into the saved ones. */
function merge(target, source) {
    for (const key in source) {
        if (isObject(source[key])) {
            if (!isObject(target[key])) target[key] = {};
            merge(target[key], source[key]);
        } else {
            // expect: prototype-pollution
            target[key] = source[key];
        }
    }
    return target;
}

function register($app) {
    if (!$.read(SETTINGS_KEY)) $.write({}, SETTINGS_KEY);
    $app.route('/api/settings').get(getSettings).patch(updateSettings).put(replaceSettings);
}

function getSettings(req, res) {
    const settings = $.read(SETTINGS_KEY) || {};
    res.json({ status: 'success', data: { ...settings, gistToken: settings.gistToken ? '********' : '' } });
}

function updateSettings(req, res) {
    const settings = $.read(SETTINGS_KEY) || {};
    const merged = merge(settings, req.body || {});
    $.write(merged, SETTINGS_KEY);
    res.json({ status: 'success', data: merged });
}

/** Full replacement from the backup screen: only known top-level keys are copied. */
function replaceSettings(req, res) {
    const incoming = req.body || {};
    const next = {};
    for (const key of EDITABLE) {
        if (Object.prototype.hasOwnProperty.call(incoming, key)) next[key] = incoming[key];
    }
    $.write(next, SETTINGS_KEY);
    res.json({ status: 'success', data: next });
}

module.exports = register;
