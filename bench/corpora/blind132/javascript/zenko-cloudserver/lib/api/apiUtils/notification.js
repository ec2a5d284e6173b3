'use strict';

// <NotificationConfiguration><QueueConfiguration><Queue>name</Queue><Endpoint>url</Endpoint>...
function parseNotificationXml(xml) {
    const queue = /<Queue>([^<]{1,256})<\/Queue>/.exec(xml);
    const endpoint = /<Endpoint>([^<]{1,2048})<\/Endpoint>/.exec(xml);
    if (!queue && !endpoint) {
        return null;
    }
    return { queue: queue ? queue[1] : undefined, endpoint: endpoint ? endpoint[1] : undefined };
}

module.exports = { parseNotificationXml };
