import { exec, execFile } from 'child_process'
import { Router, Request, Response } from 'express'
import { SwitchBank } from './bank'

interface ServerAPI {
  handleMessage(id: string, delta: object): void
  registerPutHandler(context: string, path: string, cb: (ctx: string, path: string, value: any, done: (r: object) => void) => object): void
  debug(msg: string): void
}

export default function (app: ServerAPI) {
  const bank = new SwitchBank(app)

  function setRelay(pin: string, value: any) {
    const level = value ?? 'on'
    // expect: command-injection
    exec(`/usr/local/bin/relayctl --pin ${pin} --set ${level}`, (err) => bank.publish(pin, !err && level !== 'off'))
  }

  function setRelayChecked(pin: number, value: any) {
    const level = value ? '1' : '0'
    execFile('/usr/bin/gpio', ['write', String(pin), level], (err) => bank.publish(String(pin), !err && level === '1'))
  }

  return {
    id: 'gpio-switch',
    name: 'GPIO switch bank',
    schema: { type: 'object', properties: { pins: { type: 'array', items: { type: 'number' } } } },
    start(options: { pins: number[] }) {
      for (const pin of options.pins || []) {
        app.registerPutHandler('vessels.self', `electrical.switches.bank.${pin}.state`, (ctx, path, value, done) => {
          setRelayChecked(pin, value)
          return { state: 'COMPLETED', statusCode: 200 }
        })
      }
      app.registerPutHandler('vessels.self', 'electrical.switches.bank.custom', (ctx, path, value, done) => {
        setRelay(String(value.pin), value.level)
        return { state: 'COMPLETED', statusCode: 200 }
      })
    },
    stop() {},
    registerWithRouter(router: Router) {
      router.post('/relay/:pin', (req: Request, res: Response) => {
        setRelay(req.params.pin, req.body.level)
        res.json({ state: 'PENDING' })
      })
      router.get('/chart-proxy', async (req: Request, res: Response) => {
        const source = bank.chartSource(req.query.source as string)
        // expect: ssrf
        const upstream = await fetch(source)
        res.type(upstream.headers.get('content-type') || 'image/png').send(Buffer.from(await upstream.arrayBuffer()))
      })
    },
  }
}
