const express = require('express');
const DeviceController = require('./controllers/device.controller');
const SystemController = require('./controllers/system.controller');
const CameraController = require('./controllers/camera.controller');
const AuthMiddleware = require('./middlewares/authMiddleware');

function getRoutes(gladys) {
  const router = express.Router();
  const auth = AuthMiddleware('dashboard:write', gladys);
  const deviceController = DeviceController(gladys);
  const systemController = SystemController(gladys);
  const cameraController = CameraController(gladys);

  router.get('/api/v1/device', auth, deviceController.get);
  router.get('/api/v1/device/search', auth, deviceController.search);
  router.get('/api/v1/device/:device_selector/history', auth, deviceController.history);
  router.post('/api/v1/system/ping', auth, systemController.ping);
  router.post('/api/v1/system/ping-checked', auth, systemController.pingChecked);
  router.get('/api/v1/system/backup/:name', auth, systemController.downloadBackup);
  router.post('/api/v1/service/rtsp-camera/test', auth, cameraController.testConnection);
  router.post('/api/v1/service/rtsp-camera/test-checked', auth, cameraController.testConnectionChecked);
  return router;
}

module.exports = { getRoutes };
