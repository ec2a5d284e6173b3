const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderLoginPage(redirect: string): string {
    return `<html><body><form method="POST" action="/login"><input type="hidden" name="redirect" value="${redirect}"><input name="username"><input type="password" name="password"></form></body></html>`;
}

export function renderLoginPageSafe(redirect: string): string {
    return `<html><body><form method="POST" action="/login"><input type="hidden" name="redirect" value="${escape(redirect)}"><input name="username"><input type="password" name="password"></form></body></html>`;
}
