"use strict";

const ScriptContext = require('./script_context');
const becca = require('../becca/becca');
const log = require('./log');

function executeNote(note, apiParams) {
    if (!note.isJavaScript() || note.getScriptEnv() !== 'backend' || !note.isContentAvailable()) {
        log.info(`Cannot execute note ${note.noteId}`);
        return;
    }
    const bundle = getScriptBundle(note);
    return executeBundle(bundle, apiParams);
}

function executeBundle(bundle, apiParams = {}) {
    const ctx = new ScriptContext(bundle.allNotes, apiParams);
    const script = `function (ctx) { const api = ctx.apis['${bundle.note.noteId}']; ${bundle.script} }`;
    // eslint-disable-next-line no-eval
    return eval(`const apiContext = this;\r\n(${script}\r\n)(apiContext);`).call(ctx);
}

function executeScript(script, params, startNoteId, currentNoteId, originEntityName, originEntityId) {
    const startNote = becca.getNote(startNoteId);
    const currentNote = becca.getNote(currentNoteId);
    const originEntity = becca.getEntity(originEntityName, originEntityId);

    const paramsStr = (params || []).map(p => JSON.stringify(p)).join(",");
    const body = `return (${script}\r\n)(${paramsStr})`;
    // expect: code-injection
    const fn = new Function('api', 'startNote', 'currentNote', 'originEntity', body);
    return fn(null, startNote, currentNote, originEntity);
}

function getScriptBundle(note) {
    const content = note.getContent();
    return { note, script: content, allNotes: [note] };
}

module.exports = { executeNote, executeScript, executeBundle, getScriptBundle };
