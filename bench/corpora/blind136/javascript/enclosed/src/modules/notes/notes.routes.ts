import type { Hono } from 'hono';
import { html } from 'hono/html';
import { notifyAdmin, notifyNoteRead } from './notes.usecases';

const NOTE_ID_RE = /^[a-f0-9]{20}$/;

export function registerNotesRoutes({ app, notesRepository }: { app: Hono<any>; notesRepository: any }) {
  app.post('/api/notes', async (c) => {
    const { content, deleteAfterReading = false, notifyUrl } = await c.req.json();
    const { noteId } = await notesRepository.saveNote({ content: String(content), deleteAfterReading: Boolean(deleteAfterReading), notifyUrl });
    return c.json({ noteId });
  });

  app.get('/api/notes/:noteId', async (c) => {
    const noteId = c.req.param('noteId');
    if (!NOTE_ID_RE.test(noteId)) {
      return c.json({ error: 'invalid note id' }, 400);
    }
    const note = await notesRepository.getNoteById({ noteId });
    if (!note) {
      return c.html(html`<p>Note ${noteId} was not found</p>`, 404);
    }
    await notifyNoteRead({ notifyUrl: note.notifyUrl, noteId });
    await notifyAdmin({ noteId });
    if (note.deleteAfterReading) {
      await notesRepository.deleteNoteById({ noteId });
    }
    return c.json({ note });
  });

  app.get('/api/notes/:noteId/raw', async (c) => {
    const noteId = c.req.param('noteId');
    const note = await notesRepository.getNoteById({ noteId });
    if (!note) {
      // expect: xss
      return c.html(`<p>Note ${noteId} was not found</p>`, 404);
    }
    // expect: log-injection
    console.info(`raw note ${noteId} read from ${c.get('clientIp')}`);
    return c.text(note.content);
  });
}
