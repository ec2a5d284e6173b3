'use strict';

module.exports = function routePUT(request, response, api, log) {
    if (request.query.notification !== undefined) {
        return api.bucketPutNotification(request, log, err => {
            response.writeHead(err ? err.code : 200);
            response.end();
        });
    }
    response.writeHead(501);
    return response.end();
};
