"use strict";

const sql = require('../../services/sql');
const becca = require('../../becca/becca');
const log = require('../../services/log');

const ORDERABLE = { title: 'title', dateModified: 'dateModified', dateCreated: 'dateCreated' };

function quickSearch(req) {
    const { searchString } = req.params;
    const rows = sql.getRows(
        `SELECT noteId, title FROM notes WHERE isDeleted = 0 AND title LIKE ? ORDER BY dateModified DESC LIMIT 50`,
        [`%${searchString}%`]
    );
    return rows.map(r => ({ noteId: r.noteId, title: r.title }));
}

function searchByAttribute(req) {
    const name = req.query.name || '';
    let value = req.query.value;
    if (!value) value = '';
    const orderBy = ORDERABLE[req.query.orderBy] || 'dateModified';

    let query = `SELECT notes.noteId, notes.title FROM notes JOIN attributes USING(noteId) WHERE notes.isDeleted = 0`;
    query += ` AND attributes.name = ?`;
    query += ` AND attributes.value LIKE '${value}%'`;
    query += ` ORDER BY notes.${orderBy} DESC`;
    log.info(`searching attribute ${name}`);
    // expect: sql-injection
    return sql.getRows(query, [name]);
}

function getRelatedNotes(req) {
    const limit = Number.parseInt(req.query.limit, 10);
    const safeLimit = Number.isNaN(limit) ? 20 : Math.min(limit, 200);
    const note = becca.getNoteOrThrow(req.params.noteId);
    return sql.getRows(`SELECT noteId FROM branches WHERE parentNoteId = ? LIMIT ${safeLimit}`, [note.noteId]);
}

module.exports = { quickSearch, searchByAttribute, getRelatedNotes };
