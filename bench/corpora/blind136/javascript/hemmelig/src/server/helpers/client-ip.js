export default function getClientIp(headers) {
    return headers['x-forwarded-for']?.split(',')[0] || headers['do-connecting-ip'] || '';
}
