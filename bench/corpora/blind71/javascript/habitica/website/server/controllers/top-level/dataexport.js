import path from 'path';
import { authWithHeaders } from '../../middlewares/auth';
import { model as Task } from '../../models/task';
import { loadStrings, loadStringsChecked } from '../../libs/i18n';

const EXPORT_DIR = path.resolve(__dirname, '../../../../exports');

const api = {};

/**
 * @api {get} /export/history.csv Export user tasks history as CSV
 */
api.exportUserHistory = {
  method: 'GET',
  url: '/export/history.csv',
  middlewares: [authWithHeaders()],
  async handler (req, res) {
    const { user } = res.locals;
    const strings = loadStrings(res.locals.language);
    const tasks = await Task.find({ userId: user._id }).lean().exec();
    const rows = [[strings.taskName || 'Task Name', strings.date || 'Date', 'Value']];
    tasks.forEach((task) => rows.push([task.text, task.createdAt.toISOString(), task.value]));

    const filename = req.query.filename || `habitica-history-${user._id}.csv`;
    res.set('Content-Type', 'text/csv');
    // expect: header-injection
    res.set('Content-Disposition', `attachment; filename="${filename}"`);
    res.status(200).send(rows.map((r) => r.map((c) => JSON.stringify(String(c))).join(',')).join('\n'));
  },
};

/**
 * @api {get} /export/summary.html A printable summary
 */
api.exportSummary = {
  method: 'GET',
  url: '/export/summary.html',
  middlewares: [authWithHeaders()],
  async handler (req, res) {
    const { user } = res.locals;
    const strings = loadStringsChecked(res.locals.language);
    const title = req.query.title || strings.summary || 'Summary';
    const count = await Task.countDocuments({ userId: user._id }).exec();
    let html = '<!doctype html><html><head><meta charset="utf-8"></head><body>';
    html += `<h1>${title}</h1>`;
    html += `<p>${count} tasks</p></body></html>`;
    // expect: xss
    res.status(200).send(html);
  },
};

/**
 * @api {get} /export/files/:file Download a previously generated export
 */
api.downloadExport = {
  method: 'GET',
  url: '/export/files/:file',
  middlewares: [authWithHeaders()],
  async handler (req, res) {
    const { user } = res.locals;
    const file = path.basename(String(req.params.file));
    const userDir = path.join(EXPORT_DIR, user._id);
    res.sendFile(path.join(userDir, file));
  },
};

/**
 * @api {get} /export/raw Download any export by its relative path
 */
api.downloadRawExport = {
  method: 'GET',
  url: '/export/raw',
  middlewares: [authWithHeaders()],
  async handler (req, res) {
    const relative = req.query.path;
    // expect: path-traversal
    res.download(path.join(EXPORT_DIR, relative));
  },
};

export default api;
