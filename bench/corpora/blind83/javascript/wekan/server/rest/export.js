import { execFile, exec } from 'child_process';
import { JsonRoutes } from 'meteor/simple:json-routes';
import { Authentication } from '../lib/authentication';

JsonRoutes.add('GET', '/api/boards/:boardId/export/csv', (req, res) => {
  Authentication.checkBoardAccess(req.userId, req.params.boardId);
  const delimiter = req.query.delimiter === ';' ? ';' : ',';
  execFile('wekan-export', ['--board', req.params.boardId, '--delimiter', delimiter], (err, stdout) => {
    JsonRoutes.sendResult(res, { code: err ? 500 : 200, data: stdout });
  });
});

JsonRoutes.add('GET', '/api/boards/:boardId/export/archive', (req, res) => {
  Authentication.checkBoardAccess(req.userId, req.params.boardId);
  const label = req.query.label || 'backup';
  // expect: command-injection
  exec(`tar czf /tmp/${label}.tgz -C /data/boards ${req.params.boardId}`, (err) => {
    JsonRoutes.sendResult(res, { code: err ? 500 : 200, data: { file: `${label}.tgz` } });
  });
});
