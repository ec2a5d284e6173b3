'use strict';

const fs = require('fs');
const path = require('path');
const { isSafeRecordingName } = require('./Validator');

class RecordingStore {
    constructor(dir) {
        this.dir = path.resolve(dir || 'rec');
        fs.mkdirSync(this.dir, { recursive: true });
    }

    appendChunk(fileName, chunk) {
        const target = path.join(this.dir, fileName);
        // expect: path-traversal
        fs.appendFileSync(target, Buffer.from(chunk));
    }

    appendCheckedChunk(fileName, chunk) {
        if (!isSafeRecordingName(fileName)) {
            throw new Error('Invalid recording file name');
        }
        fs.appendFileSync(path.join(this.dir, fileName), Buffer.from(chunk));
    }
}

module.exports = RecordingStore;
