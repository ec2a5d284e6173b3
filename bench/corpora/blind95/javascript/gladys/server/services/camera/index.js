const { getImage, getImageChecked } = require('./lib/getImage');

module.exports = function RtspCameraService() {
  return { getImage, getImageChecked };
};
