// library: @grpc/grpc-js (plaintext channels and servers)
const grpc = require('@grpc/grpc-js');
const fs = require('fs');
const { PaymentsClient, InventoryClient, ProfilesService } = require('./generated/services');

// expect: insecure-transport
const payments = new PaymentsClient('payments.prod.example.com:443', grpc.credentials.createInsecure());

const inventory = new InventoryClient(
  'inventory.prod.example.com:443',
  grpc.credentials.createSsl(fs.readFileSync('/etc/ssl/internal-ca.pem')),
);

const sidecar = new InventoryClient('localhost:50051', grpc.credentials.createInsecure());

function startServer(impl) {
  const server = new grpc.Server();
  server.addService(ProfilesService, impl);
  // expect: insecure-transport
  server.bindAsync('0.0.0.0:50051', grpc.ServerCredentials.createInsecure(), () => {});
  return server;
}

function startTlsServer(impl) {
  const server = new grpc.Server();
  server.addService(ProfilesService, impl);
  const creds = grpc.ServerCredentials.createSsl(fs.readFileSync('/etc/ssl/ca.pem'), [
    { private_key: fs.readFileSync('/etc/ssl/server.key'), cert_chain: fs.readFileSync('/etc/ssl/server.crt') },
  ], true);
  server.bindAsync('0.0.0.0:50052', creds, () => {});
  return server;
}

function startHealthServer(impl) {
  const server = new grpc.Server();
  server.addService(ProfilesService, impl);
  server.bindAsync('127.0.0.1:50060', grpc.ServerCredentials.createInsecure(), () => {});
  return server;
}

module.exports = { payments, inventory, sidecar, startServer, startTlsServer, startHealthServer };
