import { getServerSession } from 'next-auth/next';
import authOptions from './authOptions.js';
import readConfigFile from './readConfigFile.js';

function apiWrapper(handler) {
  return async function wrappedHandler(req, res) {
    const context = {
      rid: req.headers['x-request-id'] ?? crypto.randomUUID(),
      buildDirectory: process.env.LOWDEFY_BUILD_DIR ?? './build',
      headers: req.headers,
      readConfigFile,
      req,
      res,
    };
    context.session = await getServerSession(req, res, authOptions);
    context.user = context.session?.user;
    try {
      return await handler({ context, req, res });
    } catch (error) {
      res.status(500).json({ name: error.name, message: error.message });
    }
  };
}

export default apiWrapper;
