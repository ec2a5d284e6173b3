// library: AWS Lambda + redirect (Location)
// redirect (Location): value from the request (params)


const CHOICES = { a: '/dashboard', b: '/account', c: '/help' };

function pick(value) {
  return Object.hasOwn(CHOICES, value) ? CHOICES[value] : '/dashboard';
}

exports.handler = async (event) => {
  const param = event.pathParameters?.url || '/dashboard';
  const bar = pick(param);
  const target = bar || '/';
  return { statusCode: 302, headers: { Location: target }, body: '' };
};
