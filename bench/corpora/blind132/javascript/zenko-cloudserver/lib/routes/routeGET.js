'use strict';

module.exports = function routeGET(request, response, api, log) {
    if (request.objectKey === undefined) {
        return api.bucketGet(request, log, (err, xml) => {
            response.writeHead(err ? err.code : 200, { 'Content-Type': 'application/xml' });
            response.end(err ? err.message : xml);
        });
    }
    return api.objectGet(request, log, (err, stream, headers) => {
        if (err) {
            response.writeHead(err.code);
            return response.end();
        }
        response.writeHead(200, headers);
        return stream.pipe(response);
    });
};
