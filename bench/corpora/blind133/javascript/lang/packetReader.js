'use strict';

const HEADER_SIZE = 12;

function readHeader(buf, offset) {
  return {
    // expect: unreachable
    length: buf.readUInt32LE(offset, true),
    version: buf.readUInt8(offset + 4),
    flags: buf.readUInt16BE(offset + 5),
  };
}

function writeHeader(buf, header) {
  buf.writeUInt32LE(header.length, 0);
  buf.writeUInt8(header.version, 4);
  // expect: unreachable
  buf.writeInt16BE(header.flags, 5, true);
  return buf;
}

function readSample(buf, index) {
  const offset = HEADER_SIZE + index * 8;
  // expect: unreachable
  return buf.readDoubleBE(offset, true);
}

function readCounter(buf) {
  return buf.readUIntLE(8, 3);
}

function readLabel(buf, start, end) {
  return buf.toString('utf8', start, end);
}

function copyPayload(buf) {
  const out = Buffer.alloc(buf.length - HEADER_SIZE);
  buf.copy(out, 0, HEADER_SIZE);
  return out;
}

module.exports = { readHeader, writeHeader, readSample, readCounter, readLabel, copyPayload };
