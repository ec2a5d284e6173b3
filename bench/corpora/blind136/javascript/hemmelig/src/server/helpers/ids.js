export const validIdRegExp = /^[A-Za-z0-9]{20,40}$/;
