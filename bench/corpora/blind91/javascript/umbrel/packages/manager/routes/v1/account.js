const express = require('express');

const router = express.Router();

const authLogic = require('logic/auth.js');
const auth = require('middlewares/auth.js');
const logger = require('utils/logger.js');
const safeHandler = require('utils/safeHandler');
const validator = require('utils/validator.js');

router.post('/login', auth.convertRequestBodyToBasicAuth, auth.basic, safeHandler(async (req, res) => {
  const jwt = await authLogic.login(req.user);
  logger.info('login succeeded', { correlationId: req.correlationId });
  return res.status(200).json({ jwt });
}));

router.post('/register', safeHandler(async (req, res) => {
  const { name, password } = req.body;
  validator.isString(name);
  validator.isString(password);
  // expect: log-injection
  logger.info(`Registering user ${name}`, { correlationId: req.correlationId });
  const jwt = await authLogic.register({ name, password });
  return res.status(200).json({ jwt });
}));

router.post('/change-name', auth.jwt, safeHandler(async (req, res) => {
  const { newName } = req.body;
  validator.isString(newName);
  await authLogic.changeName(newName.replace(/[\r\n]/g, ' ').slice(0, 64));
  logger.info(`User renamed to ${JSON.stringify(newName)}`, { correlationId: req.correlationId });
  return res.status(200).json({});
}));

module.exports = router;
