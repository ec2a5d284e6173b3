const asyncMiddleware = require('../middlewares/asyncMiddleware');

module.exports = function CameraController(gladys) {
  const rtspCamera = gladys.service.getService('rtsp-camera');

  async function testConnection(req, res) {
    const image = await rtspCamera.getImage(req.body);
    res.send(image);
  }

  async function testConnectionChecked(req, res) {
    const image = await rtspCamera.getImageChecked(req.body);
    res.send(image);
  }

  return Object.freeze({
    testConnection: asyncMiddleware(testConnection),
    testConnectionChecked: asyncMiddleware(testConnectionChecked),
  });
};
