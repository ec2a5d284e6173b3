export const OPENVIDU_URL = process.env.OPENVIDU_URL || 'http://localhost:4443';
export const OPENVIDU_SECRET = process.env.OPENVIDU_SECRET || 'MY_SECRET';
export const CALL_RECORDING = process.env.CALL_RECORDING || 'ENABLED';
export const RECORDINGS_PATH = process.env.RECORDINGS_PATH || '/opt/openvidu/recordings';
export const CALL_ADMIN_SECRET = process.env.CALL_ADMIN_SECRET || '';
