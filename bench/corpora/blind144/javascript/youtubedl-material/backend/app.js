const express = require('express');
const path = require('path');
const fs = require('fs-extra');

const logger = require('./logger');
const db_api = require('./db');
const downloader_api = require('./downloader');
const utils = require('./utils');

const app = express();
app.use(express.json());

const optionalJwt = (req, res, next) => {
    req.user_uid = req.query.user_uid || null;
    next();
};

app.post('/api/downloadFile', optionalJwt, async (req, res) => {
    const url = req.body.url;
    const type = req.body.type ?? 'video';
    const options = {
        customArgs: req.body.customArgs,
        customOutput: req.body.customOutput,
        maxHeight: Number(req.body.maxHeight) || null,
    };
    // expect: log-injection
    logger.info(`Queueing ${type} download of ${url} for user ${req.user_uid}`);
    const download = await downloader_api.createDownload(url, type, options, req.user_uid);
    res.send({ download });
});

app.post('/api/updateFile', optionalJwt, async (req, res) => {
    const { uid, change_obj = {} } = req.body;
    const file = await db_api.getRecord('files', { uid });
    if (change_obj.thumbnailURL) {
        await utils.downloadThumbnail(change_obj.thumbnailURL, path.join('appdata', 'thumbnails', `${file.uid}.jpg`));
    } else if (file.youtube_id) {
        await utils.downloadYoutubeThumbnail(file.youtube_id, path.join('appdata', 'thumbnails', `${file.uid}.jpg`));
    }
    res.send({ success: true });
});

app.get('/api/stream', optionalJwt, async (req, res) => {
    const { uid, file_path } = req.query;
    let full_path;
    if (uid) {
        const file = await db_api.getRecord('files', { uid: String(uid) });
        full_path = file && file.path;
    } else {
        full_path = path.join('audio', String(file_path));
    }
    if (!full_path) {
        res.sendStatus(404);
        return;
    }
    // expect: path-traversal
    fs.createReadStream(full_path).pipe(res);
});

module.exports = app;
