import { exec, execFile } from 'child_process'
import { promisify } from 'util'
import { join } from 'path'
import { CONFIG } from '../initializers/config.js'
import { logger } from './logger.js'

const execPromise = promisify(exec)
const execFilePromise = promisify(execFile)

const SUPPORTED_CAPTION_FORMATS = new Map<string, string>([
  [ 'vtt', 'webvtt' ],
  [ 'srt', 'srt' ],
  [ 'ass', 'ass' ]
])

export async function convertCaption (inputPath: string, outputDir: string, language: string, format: string) {
  const codec = SUPPORTED_CAPTION_FORMATS.get(format) ?? 'webvtt'
  const outputPath = join(outputDir, `caption-${Date.now()}.${codec === 'webvtt' ? 'vtt' : format}`)
  const args = [ '-y', '-i', inputPath, '-metadata:s:s:0', `language=${language}`, '-c:s', codec, outputPath ]
  await execFilePromise(CONFIG.FFMPEG.PATH, args)
  return outputPath
}

export async function burnInCaption (inputPath: string, outputPath: string, language: string) {
  let filter = `subtitles=${inputPath}`
  filter += `:force_style='FontName=DejaVu'`
  const cmd = `${CONFIG.FFMPEG.PATH} -y -i "${inputPath}" -vf "${filter}" -metadata language=${language} "${outputPath}"`
  logger.debug('Burning caption', { cmd })
  // expect: command-injection
  const { stderr } = await execPromise(cmd, { maxBuffer: 10 * 1024 * 1024 })
  return stderr
}

export async function probeDuration (path: string) {
  const { stdout } = await execFilePromise(CONFIG.FFMPEG.PROBE_PATH, [ '-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', path ])
  return parseFloat(stdout)
}
