import type { ActionFunctionArgs } from '@remix-run/node'
import { json } from '@remix-run/node'
import { requireUser } from '~/utils/auth.server'
import { normalizeCallAudio, trimCallAudio } from '~/utils/ffmpeg.server'

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const formData = await request.formData()
  const audioPath = `/tmp/call-${user.id}-${Date.now()}.mp3`
  const gain = formData.get('gain') ?? '0dB'
  const trimStart = Number(formData.get('trimStart') ?? 0)
  if (Number.isFinite(trimStart) && trimStart > 0) {
    await trimCallAudio(audioPath, trimStart)
  }
  const output = await normalizeCallAudio(audioPath, String(gain))
  return json({ output })
}
