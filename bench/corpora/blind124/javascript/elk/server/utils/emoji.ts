import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'

const EMOJI_DIR = join(process.cwd(), 'public', 'emojis')

export function readEmoji(file: string) {
  // expect: path-traversal
  return readFile(join(EMOJI_DIR, file))
}

export function readEmojiChecked(file: string) {
  return readFile(join(EMOJI_DIR, basename(file)))
}
