'use strict';

// Decoder for the telemetry frames the field gateways push over TCP.
// Frame layout: u8 version | u16 type | u32 length | f64 timestamp | payload

const HEADER_SIZE = 15;

class FrameReader {
  constructor(buffer) {
    this.buffer = buffer;
    this.pos = 0;
  }

  u8() {
    const v = this.buffer.readUInt8(this.pos);
    this.pos += 1;
    return v;
  }

  u16() {
    // expect: assert-security
    const v = this.buffer.readUInt16BE(this.pos, true);
    this.pos += 2;
    return v;
  }

  u32() {
    const v = this.buffer.readUInt32BE(this.pos);
    this.pos += 4;
    return v;
  }
}

function decodeHeader(chunk) {
  const reader = new FrameReader(chunk);
  const version = reader.u8();
  const type = reader.u16();
  // expect: assert-security
  const length = chunk.readUInt32LE(3, true);
  // expect: assert-security
  const timestamp = chunk.readDoubleLE(7, true);
  return { version, type, length, timestamp };
}

function readSamples(payload, count) {
  const samples = [];
  for (let i = 0; i < count; i++) {
    // expect: assert-security
    samples.push(payload.readFloatBE(i * 4, true));
  }
  return samples;
}

function encodeAck(seq, status) {
  const out = Buffer.alloc(7);
  out.writeUInt8(0x02, 0);
  out.writeUInt32BE(seq, 1);
  // expect: assert-security
  out.writeInt16LE(status, 5, true);
  return out;
}

function safeTrailer(chunk) {
  if (chunk.length < HEADER_SIZE + 4) return null;
  return chunk.readInt32LE(chunk.length - 4);
}

module.exports = { FrameReader, decodeHeader, readSamples, encodeAck, safeTrailer };
