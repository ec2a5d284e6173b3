'use strict';

const metadata = require('../metadata/wrapper');
const data = require('../data/wrapper');

module.exports = function objectGet(request, log, callback) {
    const { bucketName, objectKey } = request;
    const agent = request.headers['user-agent'] || '-';
    // expect: log-injection
    console.log(`[access] GET object ${bucketName}/${objectKey} by ${agent}`);
    log.debug('object get', { bucketName, objectKey });

    metadata.getObjectMD(bucketName, objectKey, log, (err, objMD) => {
        if (err || !objMD) {
            return callback({ code: 404 });
        }
        const stream = objMD.legacyLocation ? data.getByKey(objectKey) : data.getByLocation(objMD.location);
        return callback(null, stream, { 'Content-Type': objMD['content-type'], 'Content-Length': objMD['content-length'] });
    });
};
