'use strict';

const HEADER_SIZE = 12;

function readHeader(buf, offset) {
  return {
    // expect: buffer-noassert
    magic: buf.readUInt32BE(offset, true),
    // expect: buffer-noassert
    version: buf.readUInt8(offset + 4, true),
    flags: buf.readUInt8(offset + 5),
    length: buf.readUInt16LE(offset + 6),
  };
}

function writeSample(buf, value, off) {
  // expect: buffer-noassert
  buf.writeInt16LE(value, off, true);
  return off + 2;
}

class FrameWriter {
  constructor(size) {
    this.buffer = Buffer.alloc(size);
    this.pos = 0;
  }

  double(v) {
    // expect: buffer-noassert
    this.buffer.writeDoubleLE(v, this.pos, true);
    this.pos += 8;
  }

  float(v) {
    this.buffer.writeFloatBE(v, this.pos);
    this.pos += 4;
  }
}

function readPayload(frame) {
  const noAssert = true;
  // expect: buffer-noassert
  return frame.readFloatBE(HEADER_SIZE, noAssert);
}

function readChecksum(frame) {
  return frame.readUInt32LE(frame.length - 4, false);
}

function checkedRead(buf, offset) {
  if (offset + 4 > buf.length) throw new RangeError('truncated frame');
  return buf.readInt32BE(offset);
}

module.exports = { readHeader, writeSample, FrameWriter, readPayload, readChecksum, checkedRead };
