import express from 'express';

import { Access } from '../models';
import { callWoob, moduleVersion } from '../providers/woob';
import { asyncErrorHandler, KError, getErrorCode } from '../helpers';
import { isKnownVendor } from '../lib/bank-vendors';

export async function create(req: express.Request, res: express.Response) {
    const userId = req.user.id;
    const { vendorId, login, password, customFields } = req.body;
    if (!isKnownVendor(vendorId)) {
        throw new KError('unknown bank vendor', 400);
    }
    if (typeof login !== 'string' || typeof password !== 'string') {
        throw new KError('missing credentials', 400);
    }
    const access = await Access.create(userId, { vendorId, login, password, customFields: customFields || [] });
    const raw = await callWoob('accounts', { vendorId, login, password, customFields });
    res.status(201).json({ access: access.id, accounts: JSON.parse(raw) });
}

export async function debugInfo(req: express.Request, res: express.Response) {
    const vendorId = String(req.query.vendor || '');
    const version = await moduleVersion(vendorId);
    res.status(200).json({ vendorId, version });
}

export async function fetchOperations(req: express.Request, res: express.Response) {
    const userId = req.user.id;
    const access = await Access.find(userId, Number.parseInt(req.params.accessId, 10));
    if (!access) {
        throw new KError('access not found', 404);
    }
    try {
        const raw = await callWoob('operations', access);
        res.status(200).json(JSON.parse(raw));
    } catch (err) {
        const code = getErrorCode(err);
        res.status(code === 'INVALID_PASSWORD' ? 403 : 500).json({ code });
    }
}

export const routes = {
    'accesses': { post: asyncErrorHandler(create) },
    'accesses/debug': { get: asyncErrorHandler(debugInfo) },
    'accesses/:accessId/fetch/operations': { get: asyncErrorHandler(fetchOperations) },
};
