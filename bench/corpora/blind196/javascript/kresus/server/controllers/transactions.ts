import express from 'express';
import { getRepository } from 'typeorm';

import { Transaction } from '../models';
import { asyncErrorHandler, KError } from '../helpers';

const SORT_COLUMNS: Record<string, string> = {
    date: 't.date',
    amount: 't.amount',
    label: 't.label',
};

function repo() {
    return getRepository(Transaction);
}

export async function search(req: express.Request, res: express.Response) {
    const userId = req.user.id;
    const label = String(req.query.label || '');
    const accountId = Number.parseInt(String(req.query.accountId), 10);
    if (!Number.isInteger(accountId)) {
        throw new KError('accountId is required', 400);
    }
    const sort = SORT_COLUMNS[String(req.query.sort)] || SORT_COLUMNS.date;
    const qb = repo()
        .createQueryBuilder('t')
        .where('t.userId = :userId', { userId })
        .andWhere('t.accountId = :accountId', { accountId })
        .orderBy(sort, req.query.order === 'asc' ? 'ASC' : 'DESC')
        .limit(200);
    if (label) {
        qb.andWhere('(t.label LIKE :pattern OR t.rawLabel LIKE :pattern)', { pattern: `%${label}%` });
    }
    res.status(200).json(await qb.getMany());
}

export async function searchCustomLabel(req: express.Request, res: express.Response) {
    const userId = req.user.id;
    const text = String(req.query.text || '');
    // expect: sql-injection
    const rows = await repo().createQueryBuilder('t').where(`t.userId = ${Number(userId)} AND t.customLabel LIKE '%${text}%'`).getMany();
    res.status(200).json(rows);
}

export async function totalsByCategory(req: express.Request, res: express.Response) {
    const userId = req.user.id;
    const rows = await repo()
        .createQueryBuilder('t')
        .select('t.categoryId', 'categoryId')
        .addSelect('SUM(t.amount)', 'total')
        .where('t.userId = :userId', { userId })
        .groupBy('t.categoryId')
        .getRawMany();
    res.status(200).json(rows);
}

export const routes = {
    'transactions/search': { get: asyncErrorHandler(search) },
    'transactions/search-custom-label': { get: asyncErrorHandler(searchCustomLabel) },
    'transactions/totals': { get: asyncErrorHandler(totalsByCategory) },
};
