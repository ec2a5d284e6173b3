'use strict';

const grpc = require('grpc');
const fs = require('fs');
const protoLoader = require('@grpc/proto-loader');

const definition = protoLoader.loadSync(__dirname + '/inventory.proto', { keepCase: true });
const inventory = grpc.loadPackageDefinition(definition).inventory;

const INVENTORY_ADDR = process.env.INVENTORY_ADDR || 'inventory.internal:50051';
const { credentials, ServerCredentials } = grpc;

// expect: insecure-transport
const stockClient = new inventory.Stock(INVENTORY_ADDR, grpc.credentials.createInsecure());

const channelCreds = credentials.createInsecure();
// expect: insecure-transport
const pricingClient = new inventory.Pricing(process.env.PRICING_ADDR, channelCreds, { 'grpc.keepalive_time_ms': 10000 });

function startServer(impl, port) {
  const server = new grpc.Server();
  server.addService(inventory.Stock.service, impl);
  // expect: insecure-transport
  server.bind(`0.0.0.0:${port}`, ServerCredentials.createInsecure());
  server.start();
  return server;
}

function startAsync(impl, addr, done) {
  const server = new grpc.Server();
  server.addService(inventory.Pricing.service, impl);
  server.bindAsync(
    addr,
    // expect: insecure-transport
    grpc.ServerCredentials.createInsecure(),
    (err) => done(err, server)
  );
}

const rootCert = fs.readFileSync('/etc/ssl/inventory-ca.pem');
const secureStock = new inventory.Stock(INVENTORY_ADDR, grpc.credentials.createSsl(rootCert));

function startTlsServer(impl, port, key, cert) {
  const server = new grpc.Server();
  server.addService(inventory.Stock.service, impl);
  server.bind(`0.0.0.0:${port}`, ServerCredentials.createSsl(rootCert, [{ private_key: key, cert_chain: cert }], true));
  server.start();
  return server;
}

module.exports = { stockClient, pricingClient, startServer, startAsync, secureStock, startTlsServer };
