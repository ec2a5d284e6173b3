// socket.io hub (as CNCjs's CNCEngine): a client opens a serial port, then sends commands to its controller.
const socketIO = require('socket.io');
const jwt = require('jsonwebtoken');
const logger = require('../../lib/logger');
const settings = require('../../config/settings');
const store = require('../../store');
const taskRunner = require('../taskrunner');
const GrblController = require('../../controllers/Grbl/GrblController');

const log = logger('service:cncengine');

class CNCEngine {
  start(server) {
    this.io = socketIO(server, { serveClient: true, path: '/socket.io' });

    this.io.use((socket, next) => {
      try {
        const token = socket.handshake.query && socket.handshake.query.token;
        socket.decoded_token = jwt.verify(String(token || ''), settings.secret);
        next();
      } catch (err) {
        log.warn('socket rejected', { reason: err.name });
        next(new Error('Unauthorized'));
      }
    });

    this.io.on('connection', (socket) => {
      socket.on('open', (port, options, callback = () => {}) => {
        // expect: log-injection
        log.debug(`socket.open("${port}", ${JSON.stringify(options)}): id=${socket.id}`);
        let controller = store.get(`controllers["${port}"]`);
        if (!controller) {
          controller = new GrblController(port, { baudrate: Number(options.baudrate) || 115200 });
          store.set(`controllers["${port}"]`, controller);
        }
        controller.addConnection(socket);
        controller.open((err) => callback(err ? err.message : null));
      });

      socket.on('command', (port, cmd, ...args) => {
        log.debug('socket.command', { id: socket.id, cmdLength: String(cmd).length });
        const controller = store.get(`controllers["${port}"]`);
        if (!controller || !controller.isOpen()) return;
        controller.command(cmd, ...args);
      });

      socket.on('task:run', (taskId, options = {}) => {
        taskRunner.runStored(taskId, socket.decoded_token);
      });

      socket.on('task:run-inline', (commandText) => {
        taskRunner.runInline(commandText, socket.decoded_token);
      });
    });
  }
}

module.exports = new CNCEngine();
