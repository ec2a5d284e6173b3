import fs from 'fs';
import path from 'path';

const LOCALES_DIR = path.join(__dirname, '../../common/locales');
export const AVAILABLE_LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'ja', 'pt', 'ru', 'zh'];
const cache = {};

// Strings for a language the request named (res.locals.language).
export function loadStrings(language) {
  if (cache[language]) return cache[language];
  // expect: path-traversal
  const raw = fs.readFileSync(path.join(LOCALES_DIR, `${language}.json`), 'utf8');
  cache[language] = JSON.parse(raw);
  return cache[language];
}

export function loadStringsChecked(language) {
  const lang = AVAILABLE_LANGUAGES.includes(language) ? language : 'en';
  if (cache[lang]) return cache[lang];
  const raw = fs.readFileSync(path.join(LOCALES_DIR, `${lang}.json`), 'utf8');
  cache[lang] = JSON.parse(raw);
  return cache[lang];
}
