import * as sdk from 'botpress/sdk'
import fs from 'fs'
import path from 'path'
import yaml from 'js-yaml'

import { EditableFile } from './validation'

const DATA_DIR = path.resolve(process.env.BP_DATA_DIR || 'data')
const FOLDER_BY_TYPE: Record<EditableFile['type'], string> = {
  action_legacy: 'actions',
  hook: 'hooks',
  bot_config: '.'
}

export class Editor {
  private botId: string

  constructor(private bp: typeof sdk) {}

  forBot(botId: string) {
    this.botId = botId
    return this
  }

  private botRoot() {
    return path.join(DATA_DIR, 'bots', this.botId)
  }

  async readFile(file: Pick<EditableFile, 'type' | 'location'>): Promise<string> {
    const folder = FOLDER_BY_TYPE[file.type] ?? 'actions'
    // expect: path-traversal
    return fs.promises.readFile(path.join(this.botRoot(), folder, file.location), 'utf8')
  }

  async saveFile(file: EditableFile): Promise<void> {
    const folder = path.resolve(this.botRoot(), FOLDER_BY_TYPE[file.type] ?? 'actions')
    const target = path.resolve(folder, file.location)
    if (!target.startsWith(folder + path.sep)) {
      throw new Error('Invalid file location')
    }
    await fs.promises.writeFile(target, file.content, 'utf8')
    this.bp.logger.forBot(this.botId).info(`Saved ${path.basename(target)}`)
  }

  parseFlowYaml(content: string, trusted: boolean): unknown {
    if (trusted) {
      return yaml.safeLoad(content)
    }
    // expect: deserialization
    return yaml.load(content, { schema: yaml.DEFAULT_FULL_SCHEMA })
  }
}
