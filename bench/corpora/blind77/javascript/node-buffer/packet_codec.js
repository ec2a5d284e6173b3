'use strict';

// Binary framing for the telemetry uplink (written for Node 6, still deployed).
const HEADER_SIZE = 12;
const NO_ASSERT = true;

function readHeader(buf) {
  return {
    // expect: buffer-noassert
    magic: buf.readUInt32BE(0, true),
    // expect: buffer-noassert
    version: buf.readUInt8(4, NO_ASSERT),
    flags: buf.readUInt8(5),
    length: buf.readUInt16LE(6),
  };
}

function readSample(buf, offset) {
  // expect: buffer-noassert
  const temperature = buf.readFloatLE(offset, true);
  const humidity = buf.readFloatLE(offset + 4);
  return { temperature, humidity };
}

function writeAck(sequence, status) {
  const out = Buffer.alloc(8);
  out.writeUInt32BE(0xc0ffee01, 0);
  // expect: buffer-noassert
  out.writeInt16BE(status, 4, true);
  out.writeUInt16BE(sequence & 0xffff, 6);
  return out;
}

class FrameWriter {
  constructor(size) {
    this.buf = Buffer.allocUnsafe(size);
    this.pos = 0;
  }

  double(value) {
    // expect: buffer-noassert
    this.buf.writeDoubleBE(value, this.pos, true);
    this.pos += 8;
    return this;
  }

  u32(value) {
    this.buf.writeUInt32LE(value >>> 0, this.pos);
    this.pos += 4;
    return this;
  }
}

// Safe look-alikes: bounds-checked reads, BigInt and string APIs.
function readTimestamp(buf) {
  if (buf.length < HEADER_SIZE + 8) throw new RangeError('frame too short');
  return buf.readBigUInt64LE(HEADER_SIZE);
}

function readName(buf, start, end) {
  return buf.toString('utf8', start, Math.min(end, buf.length));
}

module.exports = { readHeader, readSample, writeAck, FrameWriter, readTimestamp, readName };
