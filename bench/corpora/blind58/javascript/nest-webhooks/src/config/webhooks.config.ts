import { registerAs } from '@nestjs/config';

export default registerAs('webhooks', () => ({
  slackBase: 'https://hooks.slack.com/services/',
  statusUrl: process.env.STATUS_URL ?? 'https://status.internal.example.com/api/ping',
  allowedImageHosts: (process.env.IMAGE_HOSTS ?? 'images.example.com,cdn.example.com').split(','),
  timeoutMs: Number(process.env.WEBHOOK_TIMEOUT_MS ?? 5000),
}));
