"use strict";

const scriptService = require('../../services/script');
const attributeService = require('../../services/attributes');
const becca = require('../../becca/becca');
const log = require('../../services/log');

async function exec(req) {
    try {
        const { body } = req;
        const result = await scriptService.executeScript(
            body.script,
            body.params,
            body.startNoteId,
            body.currentNoteId,
            body.originEntityName,
            body.originEntityId
        );
        return { success: true, executionResult: result };
    } catch (e) {
        log.error(`Script execution failed: ${e.message}`);
        return { success: false, error: e.message };
    }
}

function run(req) {
    const note = becca.getNoteOrThrow(req.params.noteId);
    const result = scriptService.executeNote(note, { originEntity: note });
    return { executionResult: result };
}

function getStartupBundles(req) {
    const notes = attributeService.getNotesWithLabel("run", "frontendStartup");
    return notes.filter(n => n.getScriptEnv() === 'frontend').map(n => scriptService.getScriptBundle(n));
}

module.exports = { exec, run, getStartupBundles };
