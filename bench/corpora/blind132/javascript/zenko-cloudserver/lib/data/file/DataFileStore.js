'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const LOCATION_RE = /^[0-9a-f]{40}$/;

class DataFileStore {
    constructor({ dataPath }) {
        this.dataPath = dataPath;
    }

    getByLocation(location) {
        if (!LOCATION_RE.test(location)) {
            throw new Error('invalid location');
        }
        return fs.createReadStream(path.join(this.dataPath, location.slice(0, 2), location));
    }

    // objects written before the hashed layout were stored under their key
    getByKey(objectKey) {
        // expect: path-traversal
        return fs.createReadStream(path.join(this.dataPath, 'legacy', objectKey));
    }

    locationFor(objectKey) {
        return crypto.createHash('sha1').update(String(objectKey)).digest('hex');
    }
}

module.exports = DataFileStore;
