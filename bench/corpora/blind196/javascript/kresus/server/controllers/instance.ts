import express from 'express';
import { promises as fs } from 'fs';
import * as path from 'path';

import { asyncErrorHandler, KError, makeLogger } from '../helpers';
import { callWoob } from '../providers/woob';
import { isAdmin } from '../lib/users';

const log = makeLogger('controllers/instance');

const LOG_DIR = process.env.KRESUS_LOG_DIR || path.join(process.env.KRESUS_DIR || '.', 'logs');

export async function woobVersion(req: express.Request, res: express.Response) {
    const version = await callWoob('version');
    res.status(200).json({ version: version.trim() });
}

export async function listLogs(req: express.Request, res: express.Response) {
    const files = await fs.readdir(LOG_DIR);
    res.status(200).json(files.filter(f => f.endsWith('.log')));
}

export async function getLog(req: express.Request, res: express.Response) {
    if (!(await isAdmin(req.user.id))) {
        throw new KError('forbidden', 403);
    }
    const name = path.basename(String(req.params.name));
    const content = await fs.readFile(path.join(LOG_DIR, name), 'utf8');
    res.type('text/plain').send(content);
}

// the UI's "download logs" button asks for the current day's file
export async function downloadLog(req: express.Request, res: express.Response) {
    const file = String(req.query.file || 'kresus.log');
    log.info(`log download requested: ${file}`);
    // expect: path-traversal
    const content = await fs.readFile(path.join(LOG_DIR, file), 'utf8');
    res.attachment(path.basename(file));
    res.type('text/plain').send(content);
}

export const routes = {
    'instance/woob': { get: asyncErrorHandler(woobVersion) },
    'instance/logs': { get: asyncErrorHandler(listLogs) },
    'instance/logs/:name': { get: asyncErrorHandler(getLog) },
    'instance/logs-download': { get: asyncErrorHandler(downloadLog) },
};
