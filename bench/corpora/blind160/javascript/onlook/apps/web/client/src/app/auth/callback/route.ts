import { NextResponse } from 'next/server';

import { createClient } from '@/utils/supabase/server';
import { trackSignIn } from '@/utils/analytics/server';

export async function GET(request: Request) {
    const { searchParams, origin } = new URL(request.url);
    const code = searchParams.get('code');
    const next = searchParams.get('next') ?? '/projects';
    const returnUrl = searchParams.get('return_url');

    if (!code) {
        return NextResponse.redirect(`${origin}/auth/auth-code-error`);
    }

    const supabase = await createClient();
    const { data, error } = await supabase.auth.exchangeCodeForSession(code);
    if (error) {
        console.error('auth callback failed', { status: error.status });
        return NextResponse.redirect(`${origin}/auth/auth-code-error`);
    }

    await trackSignIn(data.user.id);

    if (returnUrl) {
        // expect: open-redirect
        return NextResponse.redirect(returnUrl);
    }

    const safeNext = next.startsWith('/') && !next.startsWith('//') ? next : '/projects';
    return NextResponse.redirect(`${origin}${safeNext}`);
}
