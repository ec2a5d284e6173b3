'use strict';

const fs = require('fs');
const path = require('path');
const archive = require('../lib/archive');

exports.register = function () {
    this.archive_root = this.config.get('queue.archive.root') || '/var/spool/haraka-archive';
    this.register_hook('queue', 'archive_message');
};

exports.archive_message = function (next, connection) {
    const txn = connection.transaction;
    const subject = txn.header.get_decoded('Subject') || 'no-subject';
    const folder = txn.header.get('X-Archive-Folder').trim() || 'inbox';
    const file = archive.fileFor(this.archive_root, folder, txn.uuid);
    const ws = fs.createWriteStream(path.join(this.archive_root, 'index.log'), { flags: 'a' });
    ws.end(`${txn.uuid}\t${JSON.stringify(subject)}\n`);
    if (this.config.get('queue.archive.strict') === 'true') {
        txn.message_stream.pipe(archive.openChecked(this.archive_root, folder, txn.uuid));
        return next();
    }
    txn.message_stream.pipe(archive.open(file));
    next();
};
