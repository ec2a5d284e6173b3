const fs = require('fs');
const grpc = require('grpc');
const protoLoader = require('@grpc/proto-loader');

const definition = protoLoader.loadSync(`${__dirname}/protos/services.proto`, { keepCase: true });
const pkg = grpc.loadPackageDefinition(definition);

// expect: tls-verify-off
const billing = new pkg.billing.BillingService(process.env.BILLING_ADDR, grpc.credentials.createInsecure());

const creds = grpc.credentials.createInsecure();
// expect: tls-verify-off
const inventory = new pkg.inventory.Inventory('inventory.prod.example.net:443', creds);

function startServer(impl) {
  const server = new grpc.Server();
  server.addService(pkg.orders.Orders.service, impl);
  // expect: tls-verify-off
  server.bind('0.0.0.0:50051', grpc.ServerCredentials.createInsecure());
  server.start();
  return server;
}

const tlsCreds = grpc.credentials.createSsl(fs.readFileSync('/etc/ssl/internal-ca.pem'));
const payments = new pkg.payments.Payments('payments.prod.example.net:443', tlsCreds);

const health = new pkg.health.Health('localhost:50051', grpc.credentials.createInsecure());

module.exports = { billing, inventory, payments, health, startServer };
