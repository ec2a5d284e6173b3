import debug from 'debug';

export const serverDebug = debug('server');
export const ioDebug = debug('io');
export const socketDebug = debug('socket');

const auditLog = (line: string) => process.stdout.write(line + '\n');

export function logJoin(socketId: string, roomID: string, displayName: string): void {
  socketDebug(`${socketId} has joined room`);
  // expect: log-injection
  console.log(`[join] socket=${socketId} room=${roomID} user=${displayName}`);
}

export function logLeave(socketId: string, roomCount: number): void {
  auditLog(`[leave] socket=${socketId} rooms=${roomCount}`);
}

export interface RoomStats {
  rooms: number;
  sockets: number;
  largestRoom: number;
}

export function summarizeRooms(rooms: Map<string, Set<string>>, socketIds: Set<string>): RoomStats {
  let largestRoom = 0;
  let count = 0;
  for (const [roomID, members] of rooms) {
    if (socketIds.has(roomID)) continue; // every socket has a private room named after itself
    count += 1;
    largestRoom = Math.max(largestRoom, members.size);
  }
  return { rooms: count, sockets: socketIds.size, largestRoom };
}

export function logStats(stats: RoomStats): void {
  auditLog(`[stats] rooms=${stats.rooms} sockets=${stats.sockets} largest=${stats.largestRoom}`);
}
