// gRPC clients for the billing and ledger services.
const grpc = require('grpc');
const protoLoader = require('@grpc/proto-loader');
const fs = require('fs');
const path = require('path');

const PROTO_DIR = path.join(__dirname, '..', 'protos');
const load = (file) => grpc.loadPackageDefinition(protoLoader.loadSync(path.join(PROTO_DIR, file), { keepCase: true }));

const billingProto = load('billing.proto').billing.v1;
const ledgerProto = load('ledger.proto').ledger.v1;
const metricsProto = load('metrics.proto').metrics.v1;

const BILLING_ADDR = process.env.BILLING_ADDR || 'billing.payments.internal:443';
const LEDGER_ADDR = process.env.LEDGER_ADDR || 'ledger.eu-west-1.example-shop.net:7443';

function billingClient() {
  const ca = fs.readFileSync(process.env.BILLING_CA || '/etc/ssl/internal-ca.pem');
  const creds = grpc.credentials.createSsl(ca);
  return new billingProto.BillingService(BILLING_ADDR, creds);
}

function ledgerClient() {
  // the ledger runs in another region; traffic crosses the public internet
  // expect: tls-verify-off
  return new ledgerProto.LedgerService(LEDGER_ADDR, grpc.credentials.createInsecure());
}

function metricsClient() {
  // sidecar on the same pod, reached over the loopback interface only
  return new metricsProto.MetricsService('127.0.0.1:9091', grpc.credentials.createInsecure());
}

function charge(client, { customerId, amountCents, currency }) {
  return new Promise((resolve, reject) => {
    client.Charge({ customer_id: customerId, amount_cents: amountCents, currency }, { deadline: Date.now() + 5000 }, (err, reply) => {
      if (err) return reject(err);
      resolve(reply);
    });
  });
}

module.exports = { billingClient, ledgerClient, metricsClient, charge };
