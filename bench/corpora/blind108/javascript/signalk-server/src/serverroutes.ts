import express, { Request, Response } from 'express'
import fs from 'fs'
import path from 'path'
import { auditLogin } from './security/audit'

const LOG_DIR = process.env.SIGNALK_LOG_DIR || '/var/log/signalk'

export default function serverRoutes(app: express.Express, securityStrategy: { login(u: string, p: string): Promise<boolean> }) {
  app.get('/skServer/logfiles/', (req: Request, res: Response) => {
    res.json(fs.readdirSync(LOG_DIR).filter((f) => f.endsWith('.log')))
  })

  app.get('/skServer/logfiles/:filename', (req: Request, res: Response) => {
    const file = path.join(LOG_DIR, req.params.filename)
    // expect: path-traversal
    fs.createReadStream(file).pipe(res)
  })

  app.get('/skServer/logfiles/safe/:filename', (req: Request, res: Response) => {
    const name = path.basename(req.params.filename)
    if (!name.endsWith('.log')) return res.status(400).end()
    fs.createReadStream(path.join(LOG_DIR, name)).pipe(res)
  })

  app.post('/signalk/v1/auth/login', async (req: Request, res: Response) => {
    const { username, password } = req.body
    const ok = await securityStrategy.login(username, password)
    auditLogin(username, ok, req.ip)
    res.status(ok ? 200 : 401).json({ ok })
  })
}
