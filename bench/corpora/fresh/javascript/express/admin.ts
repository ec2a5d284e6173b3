import express, { Request, Response } from 'express';
import path from 'path';
import fs from 'fs/promises';
import mysql from 'mysql2/promise';
import knexFactory from 'knex';
const { exec: run, spawn } = require('child_process');

const pool = mysql.createPool({ uri: process.env.MYSQL_URL });
const knex = knexFactory({ client: 'pg', connection: process.env.PG_URL });
const REPORT_DIR = '/srv/reports';

export class AdminController {
  async userByEmail(req: Request, res: Response) {
    const email = req.query.email as string;
    // expect: sql-injection
    const [rows] = await pool.query(`SELECT * FROM users WHERE email = '${email}'`);
    res.json(rows);
  }

  async userByEmailSafe(req: Request, res: Response) {
    const [rows] = await pool.execute('SELECT * FROM users WHERE email = ?', [req.query.email]);
    res.json(rows);
  }

  async orders(req: Request, res: Response) {
    const status = req.query.status;
    // expect: sql-injection
    const rows = await knex('orders').whereRaw(`status = '${status}'`);
    res.json(rows);
  }

  async ordersSafe(req: Request, res: Response) {
    const rows = await knex('orders').whereRaw('status = ?', [req.query.status]).orderBy('created_at', 'desc');
    res.json(rows);
  }

  async bulkDelete(req: Request, res: Response) {
    const ids: string = req.body.ids.join(',');
    // expect: sql-injection
    await knex.raw('DELETE FROM orders WHERE id IN (' + ids + ')');
    res.sendStatus(204);
  }

  async report(req: Request, res: Response) {
    const name = req.params.name;
    // expect: path-traversal
    res.sendFile(path.join(REPORT_DIR, name));
  }

  async reportSafe(req: Request, res: Response) {
    res.sendFile(path.basename(req.params.name), { root: REPORT_DIR });
  }

  async readLog(req: Request, res: Response) {
    // expect: path-traversal
    const text = await fs.readFile(`/var/log/app/${req.query.file}`, 'utf8');
    res.type('text/plain').send(text);
  }

  async archive(req: Request, res: Response) {
    const { dir } = req.body;
    // expect: command-injection
    run(`tar czf /tmp/archive.tgz ${dir}`, (err: Error | null) => (err ? res.status(500).end() : res.download('/tmp/archive.tgz')));
  }

  async archiveSafe(req: Request, res: Response) {
    const child = spawn('tar', ['czf', '/tmp/archive.tgz', '--', req.body.dir]);
    child.on('close', (code: number) => (code ? res.status(500).end() : res.download('/tmp/archive.tgz')));
  }

  async shellSpawn(req: Request, res: Response) {
    // expect: command-injection
    const child = spawn('sh', ['-c', 'grep -c ' + req.query.pattern + ' /var/log/app/app.log']);
    child.stdout.pipe(res);
  }

  async shellTrue(req: Request, res: Response) {
    // expect: command-injection
    const child = spawn(`du -sh ${req.query.path}`, { shell: true });
    child.stdout.pipe(res);
  }

  notice(req: Request, res: Response) {
    res.setHeader('Content-Type', 'text/html');
    // expect: xss
    res.write('<div class="notice">' + req.query.msg + '</div>');
    res.end();
  }

  back(req: Request, res: Response) {
    const dest = req.get('referer') || '/';
    // expect: open-redirect
    res.location(dest).sendStatus(302);
  }

  home(_req: Request, res: Response) {
    res.redirect(301, '/admin/');
  }
}

const ctl = new AdminController();
export const adminRouter = express.Router();
adminRouter.get('/users', ctl.userByEmail.bind(ctl));
adminRouter.get('/orders', ctl.orders.bind(ctl));
adminRouter.get('/reports/:name', ctl.report.bind(ctl));
