'use strict';

function sameSize(a, b) {
  // expect: eq-none
  return a.width == a.width && a.height == b.height;
}

function samePoint(p, q) {
  return p.x === q.x && p.y === q.y;
}

function overlaps(r1, r2) {
  return r1.x < r2.x + r2.width && r1.x + r1.width > r2.x &&
    r1.y < r2.y + r2.height && r1.y + r1.height > r2.y;
}

function changedLayers(prev, next) {
  const changed = [];
  for (const layer of next.layers) {
    const before = prev.layers.find((l) => l.id === layer.id);
    // expect: eq-none
    if (!before || before.version != before.version) {
      changed.push(layer.id);
    }
  }
  return changed;
}

function ownedShapes(shapes, userId) {
  // expect: eq-none
  return shapes.filter((shape) => shape.ownerId == shape.ownerId);
}

function sharedShapes(shapes, userId) {
  return shapes.filter((shape) => shape.ownerId != userId);
}

function clampAngle(deg) {
  if (Number.isNaN(deg)) return 0;
  return ((deg % 360) + 360) % 360;
}

function sameStroke(a, b) {
  // expect: eq-none
  if (a.stroke.color == a.stroke.color) {
    return a.stroke.width === b.stroke.width;
  }
  return false;
}

module.exports = { sameSize, samePoint, overlaps, changedLayers, ownedShapes, sharedShapes, clampAngle, sameStroke };
