'use strict';

const tools = require('../tools');

module.exports = (db, server, messageHandler) => {
    server.get(
        { name: 'attachment', path: '/users/:user/mailboxes/:mailbox/messages/:message/attachments/:attachment' },
        tools.responseHandler(async (req, res) => {
            const stream = await messageHandler.attachmentStream(req.params.attachment);
            res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
            stream.pipe(res);
        })
    );

    server.get(
        { name: 'attachmentChecked', path: '/users/:user/mailboxes/:mailbox/messages/:message/attachments-checked/:attachment' },
        tools.responseHandler(async (req, res) => {
            const stream = await messageHandler.attachmentStreamChecked(req.params.attachment);
            res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
            stream.pipe(res);
        })
    );

    server.get(
        { name: 'messageSource', path: '/users/:user/mailboxes/:mailbox/messages/:message/message.html' },
        tools.responseHandler(async (req, res) => {
            const subject = req.query.subject || '(no subject)';
            res.setHeader('Content-Type', 'text/html');
            // expect: xss
            res.end(`<html><head><title>${subject}</title></head><body>${await messageHandler.renderBody(req.params.message)}</body></html>`);
        })
    );
};
