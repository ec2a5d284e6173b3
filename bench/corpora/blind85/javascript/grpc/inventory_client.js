const grpc = require('grpc');
const protoLoader = require('@grpc/proto-loader');
const fs = require('fs');

const packageDefinition = protoLoader.loadSync(__dirname + '/protos/inventory.proto', {
  keepCase: true,
  longs: String,
  defaults: true,
});
const inventoryProto = grpc.loadPackageDefinition(packageDefinition).inventory;
const { credentials } = grpc;

const INVENTORY_ADDR = process.env.INVENTORY_ADDR || 'inventory.internal:50051';
const PRICING_ADDR = process.env.PRICING_ADDR || 'pricing.internal:50052';

// expect: tls-verify-off
const inventory = new inventoryProto.Inventory(INVENTORY_ADDR, grpc.credentials.createInsecure());

// expect: tls-verify-off
const channelCreds = credentials.createInsecure();
const pricing = new inventoryProto.Pricing(PRICING_ADDR, channelCreds);

function auditClient(addr) {
  // expect: tls-verify-off
  return new inventoryProto.Audit(addr, credentials.createInsecure(), { 'grpc.keepalive_time_ms': 10000 });
}

const ca = fs.readFileSync(process.env.GRPC_CA_PATH || '/etc/ssl/internal-ca.pem');
const secureCreds = grpc.credentials.createSsl(ca);
const ledger = new inventoryProto.Ledger('ledger.example.com:443', secureCreds);

const server = new grpc.Server();
server.addService(inventoryProto.Inventory.service, {
  getStock: (call, cb) => inventory.getStock(call.request, cb),
});
server.bind('127.0.0.1:50060', grpc.ServerCredentials.createSsl(ca, [{
  private_key: fs.readFileSync(process.env.GRPC_KEY_PATH),
  cert_chain: fs.readFileSync(process.env.GRPC_CERT_PATH),
}]));

function getStock(sku) {
  return new Promise((resolve, reject) => {
    inventory.getStock({ sku }, (err, reply) => (err ? reject(err) : resolve(reply.quantity)));
  });
}

module.exports = { inventory, pricing, ledger, auditClient, getStock, server };
