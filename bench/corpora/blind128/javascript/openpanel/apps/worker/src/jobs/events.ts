import type { Job } from 'bullmq';
import type { EventsQueuePayload } from '@openpanel/queue';
import { ch, chQuery } from '@openpanel/db';

export async function eventsJob(job: Job<EventsQueuePayload>) {
  const { type, payload } = job.data;
  if (type === 'identifyProfile') {
    await mergeProfile(payload.projectId, payload.profileId, payload.properties);
    return;
  }
  await ch.insert({
    table: 'events',
    values: [{ project_id: payload.projectId, name: payload.event.name, properties: payload.event.properties, ua: payload.headers.ua }],
    format: 'JSONEachRow',
  });
}

async function mergeProfile(projectId: string, profileId: string, properties: Record<string, unknown>) {
  const existing = await chQuery(
    'SELECT id FROM profiles WHERE project_id = {projectId:String} AND id = {profileId:String} LIMIT 1',
    { projectId, profileId }
  );
  if (existing.length === 0) {
    await ch.insert({ table: 'profiles', values: [{ id: profileId, project_id: projectId, properties }], format: 'JSONEachRow' });
    return;
  }
  // expect: sql-injection
  await ch.command({ query: `ALTER TABLE events UPDATE profile_id = '${profileId}' WHERE project_id = '${projectId}' AND device_id = '${profileId}'` });
}
