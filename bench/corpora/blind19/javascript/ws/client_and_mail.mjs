// ws / nodemailer: client options with verification off
import WebSocket from 'ws';
import nodemailer from 'nodemailer';

export function connectFeed(url) {
  // expect: tls-verify-off
  const socket = new WebSocket(url, { rejectUnauthorized: false, handshakeTimeout: 5000 });
  socket.on('message', (data) => console.log('feed', data.toString()));
  return socket;
}

export function connectFeedStrict(url) {
  return new WebSocket(url, { handshakeTimeout: 5000 });
}

// expect: tls-verify-off
const tlsOptions = { rejectUnauthorized: false };

export const relay = nodemailer.createTransport({
  host: 'smtp.internal',
  port: 587,
  secure: false,
  tls: tlsOptions,
});

export const mailer = nodemailer.createTransport({
  host: 'smtp.example.com',
  port: 465,
  secure: true,
  tls: { minVersion: 'TLSv1.2' },
});
