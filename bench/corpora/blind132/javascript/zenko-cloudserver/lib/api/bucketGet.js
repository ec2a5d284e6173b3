'use strict';

const metadata = require('../metadata/wrapper');

function escapeXml(text) {
    return String(text).replace(/[<>&'"]/g, c => `&#${c.charCodeAt(0)};`);
}

module.exports = function bucketGet(request, log, callback) {
    const { prefix = '', delimiter, 'max-keys': maxKeys = '1000' } = request.query;
    const listParams = {
        prefix,
        delimiter: delimiter === '/' ? '/' : undefined,
        maxKeys: Math.min(parseInt(maxKeys, 10) || 1000, 1000),
        legacyPrefixMatch: request.headers['x-scal-legacy-listing'] === 'true',
    };

    metadata.listObject(request.bucketName, listParams, log, (err, list) => {
        if (err) {
            return callback(err);
        }
        const contents = list.map(o => `<Contents><Key>${escapeXml(o.key)}</Key></Contents>`).join('');
        return callback(null, `<ListBucketResult>${contents}</ListBucketResult>`);
    });
};
