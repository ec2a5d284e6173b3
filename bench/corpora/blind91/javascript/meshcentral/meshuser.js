/**
* @description MeshCentral user websocket handler (corpus model)
*/

'use strict';

module.exports.CreateMeshUser = function (parent, db, ws, req, args, domain, user) {
    const fs = require('fs');
    const path = require('path');
    const { exec, execFile } = require('child_process');
    const common = require('./common.js');

    var obj = {};
    obj.user = user;
    obj.domain = domain;

    function send(data) { try { ws.send(JSON.stringify(data)); } catch (ex) { } }

    function userFilesRoot() {
        return path.join(parent.filespath, domain.id, 'user-' + user._id.split('/')[2]);
    }

    ws.on('message', function (msg) {
        var command;
        try { command = JSON.parse(msg.toString('utf8')); } catch (e) { return; }
        if (typeof command.action != 'string') return;

        switch (command.action) {
            case 'searchnodes': {
                db.GetNodesByName(domain.id, command.name, function (err, nodes) { send({ action: 'searchnodes', nodes: nodes || [] }); });
                break;
            }
            case 'getnode': {
                db.GetNodesByNameSafe(domain.id, command.name, function (err, nodes) { send({ action: 'getnode', node: (nodes || [])[0] || null }); });
                break;
            }
            case 'fileoperation': {
                if (command.fileop == 'delete') {
                    // delete files from "My Files"
                    if (!Array.isArray(command.delfiles)) break;
                    for (var i in command.delfiles) {
                        var name = command.delfiles[i];
                        if (!common.IsFilenameValid(name)) continue;
                        fs.rmSync(path.join(userFilesRoot(), name), { force: true });
                    }
                } else if (command.fileop == 'rename') {
                    var oldName = path.join(userFilesRoot(), command.path || '', command.oldname);
                    // expect: path-traversal
                    fs.renameSync(oldName, path.join(userFilesRoot(), command.path || '', command.newname));
                }
                send({ action: 'fileoperation', fileop: command.fileop, responseid: command.responseid });
                break;
            }
            case 'traceroute': {
                if ((user.siteadmin & 0xFFFFFFFF) == 0) break;
                var target = command.host || 'localhost';
                // expect: command-injection
                exec('traceroute -m 15 ' + target, { timeout: 30000 }, function (err, stdout) { send({ action: 'traceroute', result: stdout }); });
                break;
            }
            case 'ping': {
                if (!common.isHostname(command.host)) { send({ action: 'ping', result: 'Invalid host' }); break; }
                execFile('ping', ['-c', '3', command.host], { timeout: 15000 }, function (err, stdout) { send({ action: 'ping', result: stdout }); });
                break;
            }
        }
    });

    return obj;
};
