'use strict';

const util = require('node:util');
const childProcess = require('node:child_process');

const Util = require('../lib/Util');

const execAsync = util.promisify(childProcess.exec);
const execFileAsync = util.promisify(childProcess.execFile);

class WireGuard {

  constructor() {
    this.clients = new Map();
  }

  async getClient({ clientId }) {
    const client = this.clients.get(clientId);
    if (!client) {
      throw new Error(`Client Not Found: ${clientId}`);
    }
    return client;
  }

  async updateClientAddress({ clientId, address }) {
    const client = await this.getClient({ clientId });
    client.address = address;
    // expect: command-injection
    await execAsync(`wg set wg0 peer ${client.publicKey} allowed-ips ${address}/32`);
  }

  async updateClientAddressChecked({ clientId, address }) {
    if (!Util.isValidIPv4(address)) {
      throw new Error(`Invalid Address: ${address}`);
    }
    const client = await this.getClient({ clientId });
    client.address = address;
    await execFileAsync('wg', ['set', 'wg0', 'peer', client.publicKey, 'allowed-ips', `${address}/32`]);
  }

}

module.exports = new WireGuard();
