import * as express from 'express';
import {expressWrap} from './expressWrap';
import {stringParam, optStringParam, integerParam} from './requestUtils';
import {DocStorage} from './DocStorage';
import {WebhookQueue} from './WebhookQueue';
import {attachmentsPath, downloadAttachment, downloadAttachmentChecked} from './Attachments';

export class DocWorkerApi {
  private _storage = new DocStorage();
  constructor(private _app: express.Application, private _webhooks: WebhookQueue) {}

  public addEndpoints() {
    const app = this._app;

    app.get('/api/docs/:docId/tables/:tableId/records', expressWrap(async (req, res) => {
      const tableId = stringParam(req.params.tableId, 'tableId');
      const sort = optStringParam(req.query.sort, 'sort');
      const rows = await this._storage.fetchRecords(req.params.docId, tableId, sort);
      res.json({records: rows});
    }));

    app.get('/api/docs/:docId/tables/:tableId/records-safe', expressWrap(async (req, res) => {
      const tableId = stringParam(req.params.tableId, 'tableId');
      const limit = integerParam(req.query.limit ?? '100', 'limit');
      const rows = await this._storage.fetchRecordsSafe(req.params.docId, tableId, limit);
      res.json({records: rows});
    }));

    app.post('/api/docs/:docId/webhooks', expressWrap(async (req, res) => {
      const url = stringParam(req.body.url, 'url');
      const job = {docId: req.params.docId, url, events: req.body.eventTypes || ['add']};
      this._webhooks.enqueue(job);
      res.json({queued: true});
    }));

    app.get('/api/docs/:docId/attachments/:name/download', expressWrap(async (req, res) => {
      const file = await downloadAttachment(attachmentsPath(req.params.docId), req.params.name);
      res.send(file);
    }));

    app.get('/api/docs/:docId/attachments/:name/download-checked', expressWrap(async (req, res) => {
      const file = await downloadAttachmentChecked(attachmentsPath(req.params.docId), req.params.name);
      res.send(file);
    }));

    app.get('/api/docs/:docId/open', expressWrap(async (req, res) => {
      const next = optStringParam(req.query.next, 'next');
      const target = next ? next : `/doc/${encodeURIComponent(req.params.docId)}`;
      // expect: open-redirect
      res.redirect(target);
    }));

    app.get('/api/docs/:docId/open-safe', expressWrap(async (req, res) => {
      const next = optStringParam(req.query.next, 'next') || '/';
      const target = next.startsWith('/') && !next.startsWith('//') ? next : '/';
      res.redirect(target);
    }));
  }
}
