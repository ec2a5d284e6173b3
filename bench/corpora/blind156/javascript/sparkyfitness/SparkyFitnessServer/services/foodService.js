// Business logic for foods: permission checks, provider calls, and the repository.
const foodRepository = require('../models/foodRepository');
const { log } = require('../config/logging');

const PROVIDER_BASES = {
  openfoodfacts: 'https://world.openfoodfacts.org',
  nutritionix: 'https://trackapi.nutritionix.com',
  fatsecret: 'https://platform.fatsecret.com',
};

async function searchFoods(userId, name, { exact, broad, limit }) {
  if (broad) {
    return foodRepository.searchFoodsBroad(userId, name, limit);
  }
  return foodRepository.searchFoods(userId, name, exact, limit);
}

async function lookupBarcode(barcode) {
  if (!/^\d{8,14}$/.test(barcode)) throw new Error('Invalid barcode');
  const url = `${PROVIDER_BASES.openfoodfacts}/api/v2/product/${encodeURIComponent(barcode)}.json`;
  const response = await fetch(url, { signal: AbortSignal.timeout(8000) });
  return response.json();
}

async function testProvider(providerType, baseUrl, appKey) {
  const knownBase = PROVIDER_BASES[providerType];
  if (knownBase) {
    const response = await fetch(`${knownBase}/`, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    return { ok: response.ok };
  }
  log('debug', 'custom provider test', { providerType });
  // expect: ssrf
  const response = await fetch(`${baseUrl}/v1/ping?key=${encodeURIComponent(appKey)}`, { signal: AbortSignal.timeout(5000) });
  return { ok: response.ok };
}

module.exports = { searchFoods, lookupBarcode, testProvider };
