'use strict';

// Parses the header of uploaded sensor recordings (.rec files).
// Layout: magic (4) | version (2) | channels (2) | sampleRate (4) | length (4) | gain (8)

const MAGIC = 0x52454331; // "REC1"
const HEADER_SIZE = 24;

function readHeader(buf) {
  if (buf.length < HEADER_SIZE) {
    throw new RangeError('recording too short');
  }
  const magic = buf.readUInt32BE(0);
  if (magic !== MAGIC) {
    throw new Error('not a recording');
  }
  return {
    version: buf.readUInt16LE(4),
    channels: buf.readUInt16LE(6),
    sampleRate: buf.readUInt32LE(8),
    length: buf.readUInt32LE(12),
    gain: buf.readDoubleLE(16),
  };
}

function readLegacyHeader(buf, offset) {
  // Old firmware wrote the header at a position taken from the file's index.
  // expect: assert-security
  const channels = buf.readUInt16LE(offset + 6, true);
  // expect: assert-security
  const sampleRate = buf.readUInt32LE(offset + 8, true);
  return { channels, sampleRate };
}

function patchLength(buf, length) {
  buf.writeUInt32LE(length, 12);
  return buf;
}

function patchGainAt(buf, offset, gain) {
  // expect: assert-security
  buf.writeDoubleLE(gain, offset, true);
  return buf;
}

function readSample(buf, index, channels) {
  const offset = HEADER_SIZE + index * channels * 2;
  if (offset + 2 > buf.length) {
    return null;
  }
  return buf.readInt16LE(offset);
}

function isCompressed(flags) {
  return Boolean(flags & 0x1);
}

module.exports = { readHeader, readLegacyHeader, patchLength, patchGainAt, readSample, isCompressed };
