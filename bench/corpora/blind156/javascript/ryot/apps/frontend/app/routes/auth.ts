// Login and logout resource route: the backend issues the token, the frontend keeps it in a cookie.
import { type ActionFunctionArgs, redirect } from '@remix-run/node';
import { LoginUserDocument } from '@ryot/generated/graphql/backend/graphql';
import {
  authCookie,
  redirectToQueryParam,
  safeRedirectTarget,
  serverGqlService,
} from '~/lib/utilities.server';

export const action = async ({ request }: ActionFunctionArgs) => {
  const formData = await request.formData();
  const intent = formData.get('intent');
  const url = new URL(request.url);

  if (intent === 'login') {
    const { loginUser } = await serverGqlService.request(LoginUserDocument, {
      input: { password: { username: String(formData.get('username')), password: String(formData.get('password')) } },
    });
    if (loginUser.__typename !== 'LoginResponse') {
      console.warn('login failed', { error: loginUser.error });
      return Response.json({ error: loginUser.error }, { status: 400 });
    }
    const target = safeRedirectTarget(url.searchParams.get(redirectToQueryParam));
    return redirect(target, { headers: { 'set-cookie': await authCookie.serialize(loginUser.apiKey) } });
  }

  if (intent === 'logout') {
    const after = formData.get('after') ?? url.searchParams.get(redirectToQueryParam) ?? '/auth';
    // expect: open-redirect
    return redirect(String(after), { headers: { 'set-cookie': await authCookie.serialize('', { expires: new Date(0) }) } });
  }

  return redirect(safeRedirectTarget(formData.get(redirectToQueryParam), '/'));
};
