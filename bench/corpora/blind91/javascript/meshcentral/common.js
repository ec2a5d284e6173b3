/**
* @description MeshCentral common helpers (corpus model)
*/

'use strict';

// Return true if the string is a valid file name (no path separators, no parent references)
module.exports.IsFilenameValid = function (str) {
    if ((typeof str != 'string') || (str.length == 0) || (str.length > 255)) return false;
    if ((str == '.') || (str == '..')) return false;
    return !/[\/\\:*?"<>|\x00-\x1f]/.test(str);
};

// Check that a value is a string of a given length range
module.exports.validateString = function (str, minlen, maxlen) {
    return ((str != null) && (typeof str == 'string') && ((minlen == null) || (str.length >= minlen)) && ((maxlen == null) || (str.length <= maxlen)));
};

module.exports.escapeHtml = function (string) {
    return String(string).replace(/[&<>"'`=\/]/g, function (s) {
        return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '/': '&#x2F;', '`': '&#x60;', '=': '&#x3D;' }[s];
    });
};

module.exports.isHostname = function (str) {
    return module.exports.validateString(str, 1, 253) && /^[a-zA-Z0-9.-]+$/.test(str);
};
