import { WebClient } from '@slack/web-api';
import TelegramBot from 'node-telegram-bot-api';
import { Client, GatewayIntentBits } from 'discord.js';

// expect: slack-token
const SLACK_BOT_TOKEN = 'xoxb-241544446681-9007888220832-zccuNUb0wQZf1uJxqxWZkthK';
// expect: slack-token
const SLACK_APP_TOKEN = 'xapp-1-AM6K9EU4S5C-4484682470232-489911cddec3478594d0567675ef87f2a09097bede8e95d79c18ed5d25dbbc74';
const SLACK_CHANNEL = 'C04N1F2K3L9';

const slack = new WebClient(SLACK_BOT_TOKEN);
// expect: telegram-token
const telegram = new TelegramBot('2437317935:AAdlVyGQMlyZ5hfo5-QFEn2LwYek_EO_QiR', { polling: false });

const discord = new Client({ intents: [GatewayIntentBits.Guilds] });
// expect: discord-token
discord.login('M8ZgRtmq4rwuZX2tLiigGjLH.nUHwoD.fSIaVL14eHjoI1uTlTwCDqm7rBa');

const fromEnv = process.env.SLACK_SIGNING_SECRET ?? '';
const REQUEST_ID_HEADER = 'x-request-id';
const TRACE_EXAMPLE = '4bf92f3577b34da6a3ce929d0e0e4736';

export async function notify(text: string) {
  await slack.chat.postMessage({ channel: SLACK_CHANNEL, text });
  await telegram.sendMessage(-1001234567890, text);
}

export { fromEnv, REQUEST_ID_HEADER, TRACE_EXAMPLE, SLACK_APP_TOKEN };
