// Grbl controller: command handlers, including loading G-code from the watch directory.
const fs = require('node:fs');
const path = require('node:path');
const SerialPort = require('serialport');
const settings = require('../../config/settings');
const logger = require('../../lib/logger');

const log = logger('controller:Grbl');

class GrblController {
  constructor(port, options) {
    this.port = port;
    this.options = options;
    this.connections = new Set();
    this.serial = null;
  }

  addConnection(socket) { this.connections.add(socket); }
  isOpen() { return !!this.serial && this.serial.isOpen; }

  open(callback) {
    this.serial = new SerialPort(this.port, { baudRate: this.options.baudrate }, callback);
  }

  loadGcode(name, gcode) {
    this.gcodeName = name;
    this.gcode = gcode;
    this.connections.forEach((socket) => socket.emit('gcode:load', name));
  }

  command(cmd, ...args) {
    const handlers = {
      'gcode': (code) => this.serial.write(`${String(code).replace(/[\r\n]+/g, '')}\n`),
      'watchdir:load': (file) => {
        const root = path.resolve(settings.watchDirectory);
        const target = path.resolve(root, String(file));
        if (!target.startsWith(root + path.sep)) {
          log.warn('watchdir:load outside watch directory');
          return;
        }
        fs.readFile(target, 'utf8', (err, data) => (err ? log.error('read failed', { code: err.code }) : this.loadGcode(path.basename(target), data)));
      },
      'macro:load-file': (file) => {
        const macroDir = path.join(settings.cncrc, 'macros');
        // expect: path-traversal
        fs.readFile(path.join(macroDir, String(file)), 'utf8', (err, data) => (err ? log.error('read failed', { code: err.code }) : this.loadGcode(String(file), data)));
      },
    }[cmd];
    if (!handlers) {
      log.warn('unknown command', { cmdLength: String(cmd).length });
      return;
    }
    handlers(...args);
  }
}

module.exports = GrblController;
