// library: @aws-sdk/client-s3 (object ACLs)
const { S3Client, PutObjectCommand, PutBucketAclCommand } = require('@aws-sdk/client-s3');

const s3 = new S3Client({ region: process.env.AWS_REGION });
const BUCKET = process.env.DOCS_BUCKET;

async function storeInvoice(customerId, invoiceId, pdf) {
  const key = `invoices/${customerId}/${invoiceId}.pdf`;
  // expect: public-access
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: pdf, ACL: 'public-read' }));
  return key;
}

async function openUpBucket() {
  // expect: public-access
  await s3.send(new PutBucketAclCommand({ Bucket: BUCKET, ACL: 'public-read-write' }));
}

async function storeInvoicePrivate(customerId, invoiceId, pdf) {
  const key = `invoices/${customerId}/${invoiceId}.pdf`;
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: pdf, ACL: 'private', ServerSideEncryption: 'aws:kms' }));
  return key;
}

async function publishLogo(png) {
  await s3.send(new PutObjectCommand({ Bucket: process.env.ASSETS_BUCKET, Key: 'brand/logo.png', Body: png, ContentType: 'image/png' }));
}

module.exports = { storeInvoice, openUpBucket, storeInvoicePrivate, publishLogo };
