const express = require('express');
const bodyParser = require('body-parser');
const { authenticateGoogle, authenticateGoogleCallback } = require('./api/auth/social');
const ogImage = require('./api/og-image');
const updateListingInfo = require('./api/update-listing-info');
const unsubscribe = require('./api/unsubscribe');

const router = express.Router();

router.use(bodyParser.json());
router.get('/auth/google', authenticateGoogle);
router.get('/auth/google/callback', authenticateGoogleCallback);
router.get('/og-image/:listingId', ogImage);
router.post('/listing-info', updateListingInfo);
router.get('/unsubscribe', unsubscribe);

module.exports = router;
