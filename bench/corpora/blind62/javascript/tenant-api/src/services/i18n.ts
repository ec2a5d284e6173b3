import { promises as fs } from 'node:fs';
import path from 'node:path';
import { currentContext } from '../context/requestContext';

const LOCALES_DIR = path.join(__dirname, '..', '..', 'locales');
const SUPPORTED = new Set(['en', 'de', 'fr', 'es', 'ja']);

export async function loadMessages() {
  const { locale } = currentContext();
  const file = path.join(LOCALES_DIR, `${locale}.json`);
  try {
    // expect: path-traversal
    return JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    return {};
  }
}

export async function loadMessagesChecked() {
  const { locale } = currentContext();
  const lang = SUPPORTED.has(locale) ? locale : 'en';
  return JSON.parse(await fs.readFile(path.join(LOCALES_DIR, `${lang}.json`), 'utf8'));
}
