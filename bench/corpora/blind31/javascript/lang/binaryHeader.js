'use strict';

const MAGIC = 0x504b0304;
const SKIP_CHECKS = true;

function parseHeader(buf) {
  if (buf.length < 30 || buf.readUInt32LE(0) !== MAGIC) {
    throw new Error('not a local file header');
  }
  return {
    // expect: buffer-noassert
    version: buf.readUInt16LE(4, true),
    flags: buf.readUInt16LE(6),
    // expect: buffer-noassert
    crc32: buf.readUInt32LE(14, true),
    nameLength: buf.readUInt16LE(26),
  };
}

class PacketWriter {
  constructor(size) {
    this.buffer = Buffer.alloc(size);
    this.pos = 0;
  }

  int16(value) {
    // expect: buffer-noassert
    this.buffer.writeInt16BE(value, this.pos, true);
    this.pos += 2;
    return this;
  }

  float(value) {
    // expect: buffer-noassert
    this.buffer.writeFloatBE(value, this.pos, SKIP_CHECKS);
    this.pos += 4;
    return this;
  }

  uint8(value) {
    this.buffer.writeUInt8(value, this.pos);
    this.pos += 1;
    return this;
  }
}

function readSample(chunk, offset) {
  // expect: buffer-noassert
  return chunk.readDoubleLE(offset, true);
}

function readTriple(chunk) {
  return chunk.readUIntBE(0, 3);
}

module.exports = { parseHeader, PacketWriter, readSample, readTriple };
