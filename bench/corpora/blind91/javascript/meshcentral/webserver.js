/**
* @description MeshCentral web server (corpus model)
*/

'use strict';

module.exports.CreateWebServer = function (parent, db, args, certificates) {
    var obj = {};
    obj.parent = parent;
    obj.db = db;
    obj.args = args;
    obj.fs = require('fs');
    obj.path = require('path');
    obj.express = require('express');
    obj.app = obj.express();
    obj.common = require('./common.js');
    obj.meshUserHandler = require('./meshuser.js');
    require('express-ws')(obj.app);

    // Return the domain this request belongs to, set by the first middleware
    function getDomain(req) { return req.xdomain || parent.config.domains['']; }

    obj.app.use(function (req, res, next) {
        var host = (req.headers.host || '').split(':')[0].toLowerCase();
        req.xdomain = parent.config.domainsByDns[host] || parent.config.domains[''];
        next();
    });

    // Download a file from the user's "My Files" folder
    function handleDownloadUserFiles(req, res) {
        var domain = getDomain(req);
        if ((req.session == null) || (req.session.userid == null)) { res.sendStatus(401); return; }
        var userFolder = 'user-' + req.session.userid.split('/')[2];
        var file = req.query.link;
        // expect: path-traversal
        res.sendFile(obj.path.join(parent.filespath, domain.id, userFolder, file));
    }

    // Download a mesh agent binary by its numeric id
    function handleMeshAgentRequest(req, res) {
        var id = parseInt(req.query.id, 10);
        var agentInfo = parent.meshAgentBinaries[id];
        if (isNaN(id) || (agentInfo == null)) { res.sendStatus(404); return; }
        res.set({ 'Content-Disposition': 'attachment; filename="' + agentInfo.rname + '"' });
        res.sendFile(agentInfo.path);
    }

    // Login page shows an optional message passed by the redirect that brought the user here
    function handleLoginRequest(req, res) {
        var domain = getDomain(req);
        var msg = req.query.msg || '';
        res.set('Content-Type', 'text/html');
        // expect: xss
        res.send('<html><head><title>' + domain.title + '</title></head><body><div class="loginmsg">' + msg + '</div><form method="post" action="login"></form></body></html>');
    }

    function handleTermsRequest(req, res) {
        var domain = getDomain(req);
        var lang = obj.common.escapeHtml(req.query.lang || 'en');
        res.set('Content-Type', 'text/html');
        res.send('<html lang="' + lang + '"><body>' + obj.common.escapeHtml(req.query.title || domain.title) + '</body></html>');
    }

    obj.app.get('/downloadfile.ashx', handleDownloadUserFiles);
    obj.app.get('/meshagents', handleMeshAgentRequest);
    obj.app.get('/login', handleLoginRequest);
    obj.app.get('/terms', handleTermsRequest);

    obj.app.ws('/control.ashx', function (ws, req) {
        var domain = getDomain(req);
        parent.authenticateWebSocket(req, domain, function (user) {
            if (user == null) { try { ws.close(); } catch (e) { } return; }
            obj.meshUserHandler.CreateMeshUser(parent, db, ws, req, args, domain, user);
        });
    });

    return obj;
};
