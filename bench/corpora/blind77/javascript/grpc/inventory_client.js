'use strict';

const grpc = require('grpc');
const protoLoader = require('@grpc/proto-loader');
const fs = require('fs');

const definition = protoLoader.loadSync(__dirname + '/protos/inventory.proto', { keepCase: true, longs: String });
const proto = grpc.loadPackageDefinition(definition).inventory;

const INVENTORY_ADDR = process.env.INVENTORY_ADDR || 'inventory.internal:50051';
const PRICING_ADDR = process.env.PRICING_ADDR || 'pricing.internal:50051';

function inventoryClient() {
  // expect: insecure-transport
  return new proto.InventoryService(INVENTORY_ADDR, grpc.credentials.createInsecure());
}

// expect: insecure-transport
const channelCreds = grpc.credentials.createInsecure();
const pricing = new proto.PricingService(PRICING_ADDR, channelCreds, { 'grpc.keepalive_time_ms': 30000 });

function startServer(impl) {
  const server = new grpc.Server();
  server.addService(proto.InventoryService.service, impl);
  // expect: insecure-transport
  server.bind('0.0.0.0:50051', grpc.ServerCredentials.createInsecure());
  server.start();
  return server;
}

class ReportingGateway {
  constructor(address) {
    const { credentials } = grpc;
    // expect: insecure-transport
    this.client = new proto.ReportingService(address, credentials.createInsecure());
  }

  send(report) {
    return new Promise((resolve, reject) =>
      this.client.submit(report, (err, ack) => (err ? reject(err) : resolve(ack))));
  }
}

// Safe look-alikes: TLS channels with the system roots or our CA, and a TLS server.
function secureInventoryClient() {
  return new proto.InventoryService(INVENTORY_ADDR, grpc.credentials.createSsl());
}

function pinnedPricing() {
  const ca = fs.readFileSync('/etc/ssl/internal-ca.pem');
  const creds = grpc.credentials.createSsl(ca);
  return new proto.PricingService(PRICING_ADDR, creds);
}

function startTlsServer(impl) {
  const server = new grpc.Server();
  server.addService(proto.InventoryService.service, impl);
  server.bind('0.0.0.0:50443', grpc.ServerCredentials.createSsl(null, [{
    private_key: fs.readFileSync('/etc/ssl/private/inventory.key'),
    cert_chain: fs.readFileSync('/etc/ssl/certs/inventory.crt'),
  }]));
  server.start();
  return server;
}

module.exports = { inventoryClient, pricing, startServer, ReportingGateway, secureInventoryClient, pinnedPricing, startTlsServer };
