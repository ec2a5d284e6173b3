import http from 'http';
import PairDropServer from './server.js';
import PairDropWsServer from './ws-server.js';

const conf = {
  port: process.env.PORT || 3000,
  debugMode: process.env.DEBUG_MODE === 'true',
  rateLimit: process.env.RATE_LIMIT === 'true',
  wsFallback: process.env.WS_FALLBACK === 'true',
};

const app = new PairDropServer(conf);
const server = http.createServer(app.expressApp);
new PairDropWsServer(server, conf);
server.listen(conf.port);
