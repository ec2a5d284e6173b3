'use strict';

const path = require('path');

function isValidRoomName(input) {
    return typeof input === 'string' && /^[A-Za-z0-9_-]{3,64}$/.test(input);
}

function escapeHtml(text) {
    return String(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}

function isSafeRecordingName(fileName) {
    return typeof fileName === 'string' && path.basename(fileName) === fileName && /^Rec_[\w-]+\.webm$/.test(fileName);
}

module.exports = { isValidRoomName, escapeHtml, isSafeRecordingName };
