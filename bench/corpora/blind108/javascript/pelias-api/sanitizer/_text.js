const MAX_LENGTH = 140;

function sanitize(raw, clean) {
  const messages = { errors: [], warnings: [] };
  if (typeof raw.text !== 'string' || raw.text.trim().length === 0) {
    messages.errors.push('invalid param \'text\': text length, must be >0');
    return messages;
  }
  let text = raw.text.trim();
  if (text.length > MAX_LENGTH) {
    messages.warnings.push(`param 'text' truncated to ${MAX_LENGTH} characters`);
    text = text.substring(0, MAX_LENGTH);
  }
  clean.text = text;
  return messages;
}

module.exports = () => ({ sanitize });
