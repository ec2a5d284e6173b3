'use strict';

const hasPadAccess = require('../../padaccess');
const settings = require('../../utils/Settings');
const exportHandler = require('../../handler/ExportHandler');
const padManager = require('../../db/PadManager');
const readOnlyManager = require('../../db/ReadOnlyManager');
const rateLimit = require('express-rate-limit');

const EXPORT_TYPES = ['pdf', 'doc', 'txt', 'html', 'odt', 'etherpad'];

exports.expressCreateServer = (hookName, args, cb) => {
  const limiter = rateLimit({...settings.importExportRateLimiting});

  args.app.get('/p/:pad/:rev?/export/:type', limiter, async (req, res, next) => {
    if (!EXPORT_TYPES.includes(req.params.type)) {
      return next();
    }
    if (settings.exportAvailable() === 'no' && ['odt', 'pdf', 'doc'].includes(req.params.type)) {
      return res.status(400).json({message: 'This export is not enabled at this Etherpad instance.'});
    }

    res.header('Access-Control-Allow-Origin', '*');
    if (!(await hasPadAccess(req, res))) return;

    let padId = req.params.pad;
    let readOnlyId = null;
    if (readOnlyManager.isReadOnlyId(padId)) {
      readOnlyId = padId;
      padId = await readOnlyManager.getPadId(readOnlyId);
    }

    const exists = await padManager.doesPadExists(padId);
    if (!exists) {
      return next();
    }

    await exportHandler.doExport(req, res, padId, readOnlyId, req.params.type);
  });

  return cb();
};
