import { randomBytes } from 'node:crypto';

type Storage = ReturnType<typeof import('../storage/storage.factory').createStorage>;

export function createNotesRepository({ storage }: { storage: Storage }) {
  return {
    async saveNote(note: { content: string; deleteAfterReading: boolean; notifyUrl?: string }) {
      const noteId = randomBytes(10).toString('hex');
      await storage.setItem(noteId, { ...note, createdAt: Date.now() });
      return { noteId };
    },
    getNoteById({ noteId }: { noteId: string }) {
      return storage.getItem(noteId);
    },
    deleteNoteById({ noteId }: { noteId: string }) {
      return storage.removeItem(noteId);
    },
  };
}
