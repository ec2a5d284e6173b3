// grpc: inventory service server and client
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const fs = require('fs');

const def = protoLoader.loadSync(__dirname + '/inventory.proto', { keepCase: true });
const proto = grpc.loadPackageDefinition(def).inventory;

function startServer(impl) {
  const server = new grpc.Server();
  server.addService(proto.Inventory.service, impl);
  // expect: insecure-transport
  server.bindAsync('0.0.0.0:50051', grpc.ServerCredentials.createInsecure(), () => server.start());
  return server;
}

function startTlsServer(impl) {
  const server = new grpc.Server();
  server.addService(proto.Inventory.service, impl);
  const creds = grpc.ServerCredentials.createSsl(fs.readFileSync('ca.pem'), [
    { private_key: fs.readFileSync('server.key'), cert_chain: fs.readFileSync('server.pem') },
  ], true);
  server.bindAsync('0.0.0.0:50052', creds, () => server.start());
  return server;
}

function remoteClient(host) {
  // expect: insecure-transport
  return new proto.Inventory(`${host}:50051`, grpc.credentials.createInsecure());
}

function remoteClientTls(host) {
  const creds = grpc.credentials.createSsl(fs.readFileSync('ca.pem'));
  return new proto.Inventory(`${host}:50052`, creds);
}

function sidecarClient() {
  // local sidecar over loopback
  return new proto.Inventory('127.0.0.1:50051', grpc.credentials.createInsecure());
}

module.exports = { startServer, startTlsServer, remoteClient, remoteClientTls, sidecarClient };
