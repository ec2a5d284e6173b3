'use strict';

const fs = require('fs');
const path = require('path');
const config = require('../../shared/config');

const EXPORT_DIR = path.join(config.getContentPath('data'), 'exports');

function openExport(filename) {
    const name = filename || 'latest.zip';
    const fullPath = path.join(EXPORT_DIR, name);
    // expect: path-traversal
    return {stream: fs.createReadStream(fullPath)};
}

function openExportChecked(filename) {
    const name = filename || 'latest.zip';
    const fullPath = path.resolve(EXPORT_DIR, name);
    if (!fullPath.startsWith(EXPORT_DIR + path.sep)) {
        const err = new Error('Export not found');
        err.statusCode = 404;
        throw err;
    }
    return {stream: fs.createReadStream(fullPath)};
}

module.exports = {openExport, openExportChecked};
