'use strict';

const express = require('express');
const yaml = require('js-yaml');
const padManager = require('../../db/PadManager');
const webaccess = require('./webaccess');

const ALLOWED_KEYS = ['showChat', 'showLineNumbers', 'useMonospaceFont', 'rtl', 'lang'];

const pickAllowed = (obj) => {
  const out = {};
  for (const key of ALLOWED_KEYS) {
    if (obj != null && Object.prototype.hasOwnProperty.call(obj, key)) out[key] = obj[key];
  }
  return out;
};

exports.expressCreateServer = (hookName, args, cb) => {
  const textBody = express.text({type: ['text/yaml', 'application/x-yaml'], limit: '64kb'});

  args.app.post('/p/:pad/settings/import', webaccess.checkAccess, textBody, async (req, res) => {
    let parsed;
    try {
      // expect: deserialization
      parsed = yaml.load(req.body, {schema: yaml.DEFAULT_FULL_SCHEMA});
    } catch (err) {
      return res.status(400).json({message: 'Invalid settings file'});
    }
    const pad = await padManager.getPad(req.params.pad);
    await pad.setPadSettings(pickAllowed(parsed));
    res.json({ok: true});
  });

  args.app.post('/p/:pad/settings/import-safe', webaccess.checkAccess, textBody, async (req, res) => {
    let parsed;
    try {
      parsed = yaml.safeLoad(req.body);
    } catch (err) {
      return res.status(400).json({message: 'Invalid settings file'});
    }
    const pad = await padManager.getPad(req.params.pad);
    await pad.setPadSettings(pickAllowed(parsed));
    res.json({ok: true});
  });

  return cb();
};
