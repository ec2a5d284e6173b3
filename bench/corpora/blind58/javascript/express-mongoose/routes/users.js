'use strict';

const express = require('express');
const controller = require('../controllers/userController');
const { requireLogin, rememberPreferences } = require('../middleware/session');

const router = express.Router();

router.post('/login', controller.login);
router.post('/login-strict', controller.loginStrict);
router.get('/search', requireLogin, controller.search);
router.get('/org/:org', requireLogin, controller.byOrg);
router.get('/org/:org/card', requireLogin, controller.profileCard);
router.get('/stats', requireLogin, controller.stats);
router.patch('/me', requireLogin, controller.updateMe);
router.get('/view', requireLogin, rememberPreferences, controller.view);

module.exports = router;
