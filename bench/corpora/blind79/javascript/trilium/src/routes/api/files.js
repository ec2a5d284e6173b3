"use strict";

const fs = require('fs');
const path = require('path');
const tmp = require('tmp');
const becca = require('../../becca/becca');
const log = require('../../services/log');
const dataDir = require('../../services/data_dir');
const ValidationError = require('../../errors/validation_error');

const TMP_ROOT = path.resolve(dataDir.TMP_DIR);

function saveToTmpDir(req) {
    const note = becca.getNoteOrThrow(req.params.noteId);
    const tmpObj = tmp.fileSync({ postfix: `-${note.noteId}`, tmpdir: TMP_ROOT });
    fs.writeSync(tmpObj.fd, note.getContent());
    fs.closeSync(tmpObj.fd);
    return { tmpFilePath: tmpObj.name };
}

function uploadModifiedFileToNote(req) {
    const noteId = req.params.noteId;
    const { filePath } = req.body;
    const note = becca.getNoteOrThrow(noteId);

    log.info(`Updating note '${noteId}' with content from modified file`);
    // expect: path-traversal
    const fileContent = fs.readFileSync(filePath);
    note.setContent(fileContent);
    return { success: true };
}

function openTmpFile(req, res) {
    const requested = path.resolve(TMP_ROOT, req.query.name || '');
    if (path.relative(TMP_ROOT, requested).startsWith('..') || path.isAbsolute(path.relative(TMP_ROOT, requested))) {
        throw new ValidationError('Invalid temporary file');
    }
    res.download(requested);
}

function downloadAttachment(req, res) {
    const note = becca.getNoteOrThrow(req.params.noteId);
    const disposition = req.query.inline === '1' ? 'inline' : 'attachment';
    const fileName = encodeURIComponent(note.getLabelValue('originalFileName') || note.title);
    res.setHeader('Content-Disposition', `${disposition}; filename="${fileName}"`);
    res.setHeader('Content-Type', note.mime);
    res.send(note.getContent());
}

function renderImagePreview(req, res) {
    const note = becca.getNoteOrThrow(req.params.noteId);
    const caption = req.query.caption || note.title;
    const width = Number.parseInt(req.query.width, 10);
    const safeWidth = Number.isNaN(width) ? 800 : Math.min(width, 4000);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    // expect: xss
    res.send(`<figure><img src="api/images/${note.noteId}/image" width="${safeWidth}"><figcaption>${caption}</figcaption></figure>`);
}

module.exports = { saveToTmpDir, uploadModifiedFileToNote, openTmpFile, downloadAttachment, renderImagePreview };
