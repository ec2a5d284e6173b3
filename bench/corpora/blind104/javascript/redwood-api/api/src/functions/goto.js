const ALLOWED = ['https://redwoodjs.com', 'https://community.redwoodjs.com']

export const handler = async (event) => {
  const { to, next } = event.queryStringParameters || {}
  if (to && ALLOWED.includes(to)) {
    return { statusCode: 302, headers: { Location: to } }
  }
  const location = next ?? '/'
  return {
    statusCode: 302,
    // expect: open-redirect
    headers: { Location: location },
  }
}
