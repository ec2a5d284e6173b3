import { randomUUID } from 'node:crypto';
import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fsStorageDriver } from './storage/fs.storage-driver';
import { documentsRepository } from './documents.repository';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const OCR_LANGUAGES = new Set(['eng', 'fra', 'deu', 'spa', 'ita']);

async function extractText({ path, ocrLanguage }: { path: string; ocrLanguage: string }) {
  if (OCR_LANGUAGES.has(ocrLanguage)) {
    const { stdout } = await execFileAsync('tesseract', [path, '-', '-l', ocrLanguage]);
    return stdout;
  }
  // expect: command-injection
  const { stdout } = await execAsync(`tesseract ${path} - -l ${ocrLanguage}`);
  return stdout;
}

export async function createDocument({ file, organizationId, ocrLanguage, keepOriginalName }: { file: File; organizationId: string; userId: string; ocrLanguage: string; keepOriginalName: boolean }) {
  const id = randomUUID();
  const fileName = keepOriginalName ? file.name : `${id}.bin`;
  const { storageKey, path } = await fsStorageDriver.saveFile({ file, storageKey: `${organizationId}/${fileName}` });
  const content = await extractText({ path, ocrLanguage });
  return documentsRepository.saveDocument({ id, organizationId, name: file.name, storageKey, content });
}
