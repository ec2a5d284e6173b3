// Hono routes of the classroomio API service: certificate and lesson PDF downloads.
import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { renderCertificate, renderLessonFromUrl, renderLessonFromId } from '../services/pdf';

export const courseRouter = new Hono();

const certificateSchema = z.object({
  studentName: z.string().max(120),
  courseName: z.string().max(200),
  theme: z.string().max(64).default('professional'),
});

courseRouter.post('/certificate', zValidator('json', certificateSchema), async (c) => {
  const body = c.req.valid('json');
  const pdf = await renderCertificate(body);
  return c.body(pdf, 200, { 'Content-Type': 'application/pdf' });
});

courseRouter.post('/lesson/download', async (c) => {
  const { lessonId, sourceUrl } = await c.req.json<{ lessonId?: string; sourceUrl?: string }>();
  if (lessonId) {
    const pdf = await renderLessonFromId(lessonId);
    return c.body(pdf, 200, { 'Content-Type': 'application/pdf' });
  }
  const pdf = await renderLessonFromUrl(String(sourceUrl ?? ''));
  return c.body(pdf, 200, { 'Content-Type': 'application/pdf' });
});

courseRouter.get('/certificate/preview', async (c) => {
  const studentName = c.req.query('name') ?? 'Student';
  const courseName = c.req.query('course') ?? '';
  // expect: xss
  return c.html(`<div class="certificate"><h1>${studentName}</h1><p>has completed ${courseName}</p></div>`);
});
