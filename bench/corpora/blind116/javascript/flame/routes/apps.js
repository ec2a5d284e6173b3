const express = require('express');
const router = express.Router();
const { upload } = require('../middleware/multer');
const { auth, requireAuth } = require('../middleware/auth');
const { getAllApps, updateApp, pinApp } = require('../controllers/apps');

router.route('/').get(auth, getAllApps);
router.route('/:id').put(auth, requireAuth, upload, updateApp);
router.route('/:id/pin').post(auth, requireAuth, pinApp);

module.exports = router;
