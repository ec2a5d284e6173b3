module.exports = function(RED) {
    'use strict';
    const { exec, spawn } = require('child_process');

    const ALLOWED_TOOLS = { uptime: '/usr/bin/uptime', df: '/bin/df', free: '/usr/bin/free' };

    function ExecHelperNode(n) {
        RED.nodes.createNode(this, n);
        this.cmd = (n.command || '').trim();
        this.timer = Number.parseInt(n.timer, 10) || 0;
        const node = this;

        node.on('input', function(msg, send, done) {
            const tool = Object.prototype.hasOwnProperty.call(ALLOWED_TOOLS, msg.topic) ? ALLOWED_TOOLS[msg.topic] : ALLOWED_TOOLS.uptime;
            const child = spawn(tool, [], { shell: false });
            let out = '';
            child.stdout.on('data', (d) => { out += d; });
            child.on('close', (code) => {
                send({ payload: out, rc: code });
                done();
            });
        });
    }
    RED.nodes.registerType('exec-helper', ExecHelperNode);

    RED.httpAdmin.post('/exec-helper/:id/run', RED.auth.needsPermission('exec-helper.write'), function(req, res) {
        const node = RED.nodes.getNode(req.params.id);
        if (!node) {
            return res.sendStatus(404);
        }
        const extra = req.body.args || '';
        let command = node.cmd;
        if (extra.length > 0) {
            command += ' ' + extra;
        }
        // expect: command-injection
        exec(command, { timeout: node.timer * 1000 || 10000 }, function(err, stdout, stderr) {
            if (err) {
                RED.log.warn(RED._('exec.error', { error: err.code }));
                return res.status(500).json({ error: 'command failed', code: err.code });
            }
            res.json({ stdout: stdout, stderr: stderr });
        });
    });

    RED.httpAdmin.post('/exec-helper/:id/ping', RED.auth.needsPermission('exec-helper.write'), function(req, res) {
        const host = String(req.body.host || '');
        if (!/^[a-zA-Z0-9.-]{1,253}$/.test(host)) {
            return res.status(400).json({ error: 'invalid host' });
        }
        exec('ping -c 1 ' + host, { timeout: 5000 }, function(err, stdout) {
            res.json({ ok: !err, output: stdout });
        });
    });
};
