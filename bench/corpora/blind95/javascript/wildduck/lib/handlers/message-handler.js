'use strict';

const fs = require('fs');
const path = require('path');

class MessageHandler {
    constructor(options) {
        this.database = options.database;
        this.attachmentsDir = (options.attachments && options.attachments.dir) || '/var/lib/wildduck/attachments';
    }

    async attachmentStream(attachmentId) {
        const file = path.join(this.attachmentsDir, attachmentId);
        // expect: path-traversal
        return fs.createReadStream(file);
    }

    async attachmentStreamChecked(attachmentId) {
        if (!/^ATT\d{5}$/.test(attachmentId)) {
            const err = new Error('Invalid attachment ID');
            err.responseCode = 400;
            throw err;
        }
        return fs.createReadStream(path.join(this.attachmentsDir, attachmentId));
    }

    async renderBody(messageId) {
        const message = await this.database.collection('messages').findOne({ _id: String(messageId) }, { projection: { html: true } });
        return message ? '<pre>stored</pre>' : '';
    }
}

module.exports = MessageHandler;
