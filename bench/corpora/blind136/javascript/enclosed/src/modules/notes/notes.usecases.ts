import { ofetch } from 'ofetch';

export async function notifyNoteRead({ notifyUrl, noteId }: { notifyUrl?: string; noteId: string }) {
  if (!notifyUrl) {
    return;
  }
  // expect: ssrf
  await ofetch(notifyUrl, { method: 'POST', body: { event: 'note.read', noteId }, timeout: 3000 });
}

export async function notifyAdmin({ noteId }: { noteId: string }) {
  const url = process.env.ADMIN_WEBHOOK_URL;
  if (url) {
    await ofetch(url, { method: 'POST', body: { event: 'note.read', noteId }, timeout: 3000 });
  }
}
