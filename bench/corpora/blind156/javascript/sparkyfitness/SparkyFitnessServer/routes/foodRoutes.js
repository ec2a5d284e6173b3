// Food search routes: own foods from Postgres, products from external providers.
const express = require('express');
const { authenticateToken } = require('../middleware/authMiddleware');
const foodService = require('../services/foodService');
const { log } = require('../config/logging');

const router = express.Router();
router.use(authenticateToken);

router.get('/search', async (req, res, next) => {
  try {
    const { name = '', exactMatch = 'false', broadMatch = 'false', limit = '20' } = req.query;
    const foods = await foodService.searchFoods(req.userId, name, {
      exact: exactMatch === 'true',
      broad: broadMatch === 'true',
      limit: Math.min(parseInt(limit, 10) || 20, 100),
    });
    res.json(foods);
  } catch (error) {
    next(error);
  }
});

router.get('/openfoodfacts/barcode/:barcode', async (req, res, next) => {
  try {
    const product = await foodService.lookupBarcode(req.params.barcode);
    res.json(product);
  } catch (error) {
    next(error);
  }
});

router.post('/providers/test', async (req, res, next) => {
  try {
    const { provider_type: providerType, base_url: baseUrl = '', app_key: appKey = '' } = req.body;
    // expect: log-injection
    log('info', `Testing food provider ${providerType} at ${baseUrl} for user ${req.userId}`);
    const result = await foodService.testProvider(providerType, baseUrl, appKey);
    res.json(result);
  } catch (error) {
    next(error);
  }
});

module.exports = router;
