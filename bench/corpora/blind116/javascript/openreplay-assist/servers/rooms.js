class RoomStore {
  constructor() {
    this.rooms = new Map();
  }

  add(roomId, info) {
    this.rooms.set(roomId, info);
  }

  remove(roomId) {
    this.rooms.delete(roomId);
  }

  list(projectKey, filters) {
    const out = [];
    for (const [roomId, info] of this.rooms) {
      if (!roomId.startsWith(`${projectKey}-`)) continue;
      if (filters.query && filters.query.value && !JSON.stringify(info).includes(filters.query.value)) continue;
      out.push({ roomId, ...info });
    }
    return out;
  }
}

module.exports = { RoomStore };
