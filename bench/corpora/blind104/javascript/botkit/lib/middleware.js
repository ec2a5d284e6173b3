// receive middleware: keeps the sender's profile fields on the message
async function tagUser(bot, message, next) {
  const profile = (message.incoming_message && message.incoming_message.from) || {};
  message.displayName = profile.name || message.user;
  message.locale = message.incoming_message?.locale ?? 'en-US';
  next();
}

module.exports = { tagUser };
