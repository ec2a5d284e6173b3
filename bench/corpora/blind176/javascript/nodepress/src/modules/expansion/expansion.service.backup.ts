import fs from 'fs'
import path from 'path'
import shell from 'shelljs'
import { execFile } from 'child_process'
import { promisify } from 'util'
import { Injectable, Logger } from '@nestjs/common'
import { CronJob } from 'cron'
import { APP_BIZ, MONGO_DB } from '@app/app.config'
import { EmailService } from '@app/processors/helper/helper.service.email'
import { AWSService } from '@app/processors/helper/helper.service.aws'

const execFileAsync = promisify(execFile)
const logger = new Logger('BackupService')

const UPLOAD_INTERVAL = '0 0 3 * * *'
const BACKUP_FILE_NAME = 'nodepress.zip'
const BACKUP_DIR_PATH = path.join(APP_BIZ.ROOT_PATH, 'dbbackup')

@Injectable()
export class BackupService {
  constructor(
    private readonly emailService: EmailService,
    private readonly awsService: AWSService
  ) {
    new CronJob(UPLOAD_INTERVAL, () => this.backup(), null, true)
  }

  /** The dump script is a fixed file of the repository; nothing from a request reaches it. */
  private doBackup(): Promise<string> {
    return new Promise((resolve, reject) => {
      shell.cd(BACKUP_DIR_PATH)
      shell.exec('bash ./backup.sh', (code, out) => {
        if (code !== 0) return reject(out)
        resolve(path.join(BACKUP_DIR_PATH, 'backup.zip'))
      })
    })
  }

  /** Integrity check of the archive before it is uploaded: arguments as an array. */
  private async testArchive(file: string) {
    await execFileAsync('unzip', ['-tq', file], { timeout: 60 * 1000 })
  }

  public async backup() {
    try {
      const file = await this.doBackup()
      await this.testArchive(file)
      const fileDate = new Date().toISOString().slice(0, 10)
      const result = await this.awsService.uploadFile({
        name: `${MONGO_DB.dbName}/${fileDate}-${BACKUP_FILE_NAME}`,
        file: fs.createReadStream(file),
        fileContentType: 'application/zip',
        region: APP_BIZ.BACKUP_REGION,
        bucket: APP_BIZ.BACKUP_BUCKET
      })
      logger.log('backup uploaded', { key: result.key })
      return result
    } catch (error) {
      logger.warn('backup failed', error)
      this.emailService.sendMailAs(APP_BIZ.FE_NAME, {
        to: APP_BIZ.ADMIN_EMAIL,
        subject: 'Database backup failed!',
        text: String(error),
        html: '<pre>Database backup failed, see the server log.</pre>'
      })
      throw error
    }
  }
}
