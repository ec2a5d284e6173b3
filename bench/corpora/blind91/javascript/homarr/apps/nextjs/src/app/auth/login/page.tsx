import { redirect } from 'next/navigation';

import { auth } from '@homarr/auth/next';

import { LoginForm } from './_login-form';

interface LoginProps {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}

const isRelativeUrl = (url: string) => url.startsWith('/') && !url.startsWith('//') && !url.includes('\\');

export default async function Login(props: LoginProps) {
  const session = await auth();
  const { callbackUrl, error } = await props.searchParams;

  if (session) {
    redirect(callbackUrl && isRelativeUrl(callbackUrl) ? callbackUrl : '/');
  }

  return <LoginForm callbackUrl={callbackUrl ?? '/'} error={error} />;
}
