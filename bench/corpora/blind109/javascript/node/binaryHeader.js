'use strict';

const MAGIC = 0x52494646;

function parseHeader(buf) {
  // expect: assert-security
  const magic = buf.readUInt32BE(0, true);
  if (magic !== MAGIC) throw new Error('bad magic');
  // expect: assert-security
  const version = buf.readUInt8(4, true);
  const size = buf.readUInt32LE(5);
  return { version, size };
}

function readSample(chunk, offset) {
  // expect: assert-security
  return chunk.readDoubleLE(offset, true);
}

function writeRecord(out, pos, record) {
  out.writeUInt16LE(record.kind, pos);
  // expect: assert-security
  out.writeInt16BE(record.delta, pos + 2, true);
  // expect: assert-security
  out.writeFloatBE(record.gain, pos + 4, true);
  return pos + 8;
}

function readChecked(buf, offset) {
  if (offset + 4 > buf.length) throw new RangeError('truncated');
  return buf.readInt32LE(offset);
}

function readTimestamp(buf) {
  return buf.readBigUInt64LE(8);
}

function blank(size) {
  return Buffer.alloc(size, 0);
}

module.exports = { parseHeader, readSample, writeRecord, readChecked, readTimestamp, blank };
