'use strict';

const fs = require('fs');
const grpc = require('grpc');
const protoLoader = require('@grpc/proto-loader');
const config = require('./config');

const definition = protoLoader.loadSync(__dirname + '/proto/billing.proto', { keepCase: true, defaults: true });
const proto = grpc.loadPackageDefinition(definition).billing;

function tlsCredentials() {
  return grpc.credentials.createSsl(
    fs.readFileSync(config.caPath),
    fs.readFileSync(config.clientKeyPath),
    fs.readFileSync(config.clientCertPath),
  );
}

// billing runs in another region, reached over the public network
// expect: tls-verify-off
const billing = new proto.BillingService(config.billingAddress, grpc.credentials.createInsecure());

const invoices = new proto.InvoiceService(config.invoicesAddress, tlsCredentials());

// expect: tls-verify-off
const insecureCreds = grpc.credentials.createInsecure();
const ledger = new proto.LedgerService(config.ledgerAddress, insecureCreds);

function sidecarClient() {
  // the sidecar listens on the pod's loopback interface only
  return new proto.MetricsService('127.0.0.1:9090', grpc.credentials.createInsecure());
}

function partnerClient(partner) {
  const creds = partner.mtls ? tlsCredentials() : grpc.credentials.createSsl();
  return new proto.PartnerService(partner.address, creds);
}

function regionalClient(region) {
  // expect: tls-verify-off
  return new proto.BillingService(`${region}.billing.internal.example.com:443`, grpc.credentials.createInsecure(), { 'grpc.keepalive_time_ms': 30000 });
}

module.exports = { billing, invoices, ledger, sidecarClient, partnerClient, regionalClient };
