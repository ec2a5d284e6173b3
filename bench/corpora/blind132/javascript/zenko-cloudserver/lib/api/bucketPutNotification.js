'use strict';

const { parseNotificationXml } = require('./apiUtils/notification');
const { sendTestEvent } = require('../notification/send');

module.exports = function bucketPutNotification(request, log, callback) {
    let body = '';
    request.on('data', chunk => { body += chunk; });
    request.on('end', () => {
        const config = parseNotificationXml(body);
        if (!config) {
            return callback({ code: 400 });
        }
        return sendTestEvent(config, request.bucketName, log)
            .then(() => callback())
            .catch(() => callback({ code: 400 }));
    });
};
