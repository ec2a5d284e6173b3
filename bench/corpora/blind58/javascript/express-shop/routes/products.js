'use strict';

const { Router } = require('express');
const controller = require('../controllers/productController');

const router = Router();

router.get('/', controller.list);
router.get('/brand/:brand', controller.byBrand);
router.get('/sorted', controller.sorted);
router.get('/ordered', controller.ordered);
router.get('/stats', controller.stats);
router.post('/batch', controller.batch);

module.exports = router;
