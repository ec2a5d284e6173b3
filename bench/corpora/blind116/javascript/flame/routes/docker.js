const express = require('express');
const router = express.Router();
const { useDocker, useDockerConfigured } = require('../controllers/docker/useDocker');

router.get('/containers', useDocker);
router.get('/containers/configured', useDockerConfigured);

module.exports = router;
