export const SEND_THREAD_EDITED_EMAIL = 'send thread edited email';
