const asyncMiddleware = require('../middlewares/asyncMiddleware');

module.exports = function DeviceController(gladys) {
  async function get(req, res) {
    const options = Object.assign({}, req.query, { house: req.user.selectedHouse });
    const devices = await gladys.device.get(options);
    res.json(devices);
  }

  async function search(req, res) {
    const devices = await gladys.device.search(req.query.search);
    res.json(devices);
  }

  async function history(req, res) {
    const states = await gladys.device.getFeatureStates(req.params.device_selector, req.query.from, req.query.attribute);
    res.json(states);
  }

  return Object.freeze({
    get: asyncMiddleware(get),
    search: asyncMiddleware(search),
    history: asyncMiddleware(history),
  });
};
