'use strict';

const { Router } = require('express');
const ops = require('../controllers/opsController');

const router = Router();

router.get('/repos/:repo/commits', ops.commits);
router.post('/repos/:repo/deploy', ops.deploy);
router.post('/repos/:repo/deploy-safe', ops.deploySafe);
router.get('/containers/:name/logs', ops.containerLogs);
router.post('/containers/:name/exec', ops.containerExec);
router.get('/containers/stats', ops.stats);
router.get('/net/ping', ops.ping);
router.get('/net/ping-safe', ops.pingSafe);
router.get('/net/ping-quick', ops.pingQuick);
router.post('/backups', ops.backup);
router.post('/backups/known', ops.backupKnown);
router.post('/backups/prune', ops.prune);
router.get('/jobs', ops.jobs);

module.exports = router;
