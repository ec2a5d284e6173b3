'use strict';

const eejs = require('../../eejs');
const padManager = require('../../db/PadManager');
const Security = require('../../../static/js/security');
const webaccess = require('./webaccess');

exports.expressCreateServer = (hookName, args, cb) => {
  args.app.get('/p/:pad/timeslider', webaccess.checkAccess, (req, res) => {
    res.send(eejs.require('ep_etherpad-lite/templates/timeslider.html', {req}));
  });

  args.app.get('/p/:pad/info', webaccess.checkAccess, async (req, res) => {
    const padId = req.params.pad;
    if (!(await padManager.doesPadExists(padId))) {
      // expect: xss
      return res.status(404).send(`<p>The pad <b>${padId}</b> does not exist.</p>`);
    }
    const pad = await padManager.getPad(padId);
    res.json({revisions: pad.getHeadRevisionNumber(), lastEdited: await pad.getLastEdit()});
  });

  args.app.get('/p/:pad/summary', webaccess.checkAccess, async (req, res) => {
    const padId = req.params.pad;
    if (!(await padManager.doesPadExists(padId))) {
      return res.status(404).send(`<p>The pad <b>${Security.escapeHTML(padId)}</b> does not exist.</p>`);
    }
    const pad = await padManager.getPad(padId);
    res.json({text: pad.text().slice(0, 200)});
  });

  return cb();
};
