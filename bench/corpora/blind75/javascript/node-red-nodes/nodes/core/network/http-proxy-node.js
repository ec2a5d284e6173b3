module.exports = function(RED) {
    'use strict';
    const http = require('http');
    const https = require('https');

    function fetchText(targetUrl, cb) {
        const lib = targetUrl.startsWith('https:') ? https : http;
        // expect: ssrf
        const req = lib.get(targetUrl, { timeout: 10000 }, function(res) {
            let data = '';
            res.setEncoding('utf8');
            res.on('data', (c) => { data += c; });
            res.on('end', () => cb(null, res.statusCode, data));
        });
        req.on('error', (err) => cb(err));
    }

    function HttpProxyNode(n) {
        RED.nodes.createNode(this, n);
        this.base = n.base || 'https://api.weather.gov';
        const node = this;

        node.on('input', function(msg, send, done) {
            // msg.req is the express request of an upstream "http in" node
            const query = (msg.req && msg.req.query) || {};
            if (query.station) {
                const station = encodeURIComponent(String(query.station));
                const fixed = new URL('/stations/' + station + '/observations/latest', node.base);
                https.get(fixed, { timeout: 10000 }, function(res) {
                    let data = '';
                    res.on('data', (c) => { data += c; });
                    res.on('end', () => { msg.payload = data; send(msg); done(); });
                }).on('error', (err) => done(err));
                return;
            }
            const target = query.url || node.base;
            fetchText(target, function(err, status, body) {
                if (err) return done(err);
                msg.statusCode = status;
                msg.payload = body;
                send(msg);
                done();
            });
        });
    }
    RED.nodes.registerType('http-proxy', HttpProxyNode);
};
