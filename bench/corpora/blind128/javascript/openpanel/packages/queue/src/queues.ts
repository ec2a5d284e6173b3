import { Queue } from 'bullmq';
import { connection } from './connection';

export type EventsQueuePayload =
  | { type: 'incomingEvent'; payload: { projectId: string; event: { name: string; properties: Record<string, unknown> }; headers: { ua: string } } }
  | { type: 'identifyProfile'; payload: { projectId: string; profileId: string; properties: Record<string, unknown> } };

export const eventsQueue = new Queue<EventsQueuePayload>('events', {
  connection,
  defaultJobOptions: { removeOnComplete: 10 },
});
