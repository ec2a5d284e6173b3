import path from 'node:path';

export const SKILLS_PATH = path.join(process.cwd(), 'skills');
export const DOWNLOADS_PATH = path.join(process.cwd(), 'downloads');
export const TMP_PATH = path.join(process.cwd(), 'tmp');
export const AUDIO_EXTENSIONS = new Set(['wav', 'ogg', 'webm', 'mp3']);
