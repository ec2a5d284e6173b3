// gRPC clients for the inventory and pricing services (legacy `grpc` package).
const fs = require('fs');
const path = require('path');
const grpc = require('grpc');
const protoLoader = require('@grpc/proto-loader');

const PROTO_DIR = path.join(__dirname, '..', 'protos');

function loadService(file, pkg, service) {
  const definition = protoLoader.loadSync(path.join(PROTO_DIR, file), {
    keepCase: false,
    longs: String,
    defaults: true,
  });
  return grpc.loadPackageDefinition(definition)[pkg][service];
}

const Inventory = loadService('inventory.proto', 'inventory', 'InventoryService');
const Pricing = loadService('pricing.proto', 'pricing', 'PricingService');
const Metrics = loadService('metrics.proto', 'metrics', 'MetricsAgent');

const tlsCredentials = grpc.credentials.createSsl(
  fs.readFileSync('/etc/ssl/internal-ca.pem'),
  fs.readFileSync('/etc/ssl/client-key.pem'),
  fs.readFileSync('/etc/ssl/client-cert.pem')
);

// Inventory runs in the other region and the call crosses the public internet.
// expect: tls-verify-off
const inventory = new Inventory('inventory.eu-west.example.net:443', grpc.credentials.createInsecure());

const pricing = new Pricing('pricing.internal.example.net:443', tlsCredentials);

// The metrics agent is a sidecar on the loopback interface of the same pod.
const metrics = new Metrics('127.0.0.1:9464', grpc.credentials.createInsecure());

function getStock(sku) {
  return new Promise((resolve, reject) => {
    inventory.getStock({ sku }, { deadline: Date.now() + 2000 }, (err, reply) => (err ? reject(err) : resolve(reply.available)));
  });
}

function getPrice(sku, currency) {
  return new Promise((resolve, reject) => {
    pricing.getPrice({ sku, currency }, { deadline: Date.now() + 2000 }, (err, reply) => (err ? reject(err) : resolve(reply)));
  });
}

function recordLatency(method, ms) {
  metrics.record({ name: 'grpc_client_latency_ms', labels: { method }, value: ms }, () => {});
}

module.exports = { getStock, getPrice, recordLatency };
