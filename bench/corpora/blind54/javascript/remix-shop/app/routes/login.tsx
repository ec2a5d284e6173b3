import type { ActionFunctionArgs } from '@remix-run/node'
import { json, redirect } from '@remix-run/node'
import { Form, useActionData } from '@remix-run/react'
import { safeRedirect, returnTo } from '~/utils/redirect.server'
import { verifyLogin, createUserSession } from '~/session.server'

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData()
  const email = String(formData.get('email') ?? '')
  const password = String(formData.get('password') ?? '')
  const intent = formData.get('intent')

  const user = await verifyLogin(email, password)
  if (!user) {
    return json({ error: 'Invalid email or password' }, { status: 400 })
  }

  if (intent === 'continue') {
    const next = returnTo(formData.get('redirectTo'))
    const headers = await createUserSession(user.id)
    // expect: open-redirect
    return redirect(next, { headers })
  }

  const headers = await createUserSession(user.id)
  return redirect(safeRedirect(formData.get('redirectTo'), '/account'), { headers })
}

export default function Login() {
  const data = useActionData<typeof action>()
  return (
    <Form method="post">
      <input name="email" type="email" />
      <input name="password" type="password" />
      <input type="hidden" name="redirectTo" value="/account" />
      {data?.error ? <p role="alert">{data.error}</p> : null}
      <button name="intent" value="continue">Log in</button>
    </Form>
  )
}
