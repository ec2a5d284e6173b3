'use strict';

const fs = require('fs');
const grpc = require('grpc');
const protoLoader = require('@grpc/proto-loader');

const definition = protoLoader.loadSync(`${__dirname}/inventory.proto`, { keepCase: true, longs: String });
const { inventory } = grpc.loadPackageDefinition(definition);
const { credentials, ServerCredentials } = grpc;

// expect: insecure-transport
const stockClient = new inventory.StockService(process.env.STOCK_ADDR, grpc.credentials.createInsecure());

function pricingClient(target) {
  // expect: insecure-transport
  const channelCreds = credentials.createInsecure();
  // expect: insecure-transport
  return new inventory.PricingService(target, channelCreds, { 'grpc.keepalive_time_ms': 30000 });
}

function startServer(impl, port) {
  const server = new grpc.Server();
  server.addService(inventory.StockService.service, impl);
  // expect: insecure-transport
  server.bind(`0.0.0.0:${port}`, ServerCredentials.createInsecure());
  server.start();
  return server;
}

function startAsync(impl, addr, cb) {
  const server = new grpc.Server();
  server.addService(inventory.PricingService.service, impl);
  server.bindAsync(
    addr,
    // expect: insecure-transport
    grpc.ServerCredentials.createInsecure(),
    (err) => (err ? cb(err) : cb(null, server.start())),
  );
}

function secureStockClient(target) {
  const rootCert = fs.readFileSync(process.env.GRPC_CA_PATH);
  return new inventory.StockService(target, grpc.credentials.createSsl(rootCert));
}

function startSecureServer(impl, port) {
  const server = new grpc.Server();
  server.addService(inventory.StockService.service, impl);
  const tls = ServerCredentials.createSsl(
    fs.readFileSync(process.env.GRPC_CA_PATH),
    [{ cert_chain: fs.readFileSync(process.env.GRPC_CERT_PATH), private_key: fs.readFileSync(process.env.GRPC_KEY_PATH) }],
    true,
  );
  server.bind(`0.0.0.0:${port}`, tls);
  server.start();
  return server;
}

module.exports = { stockClient, pricingClient, startServer, startAsync, secureStockClient, startSecureServer };
