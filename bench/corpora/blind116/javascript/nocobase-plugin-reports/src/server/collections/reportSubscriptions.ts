import { defineCollection } from '@nocobase/database';

export default defineCollection({
  name: 'reportSubscriptions',
  fields: [
    { type: 'bigInt', name: 'reportId' },
    { type: 'string', name: 'webhookUrl' },
    { type: 'boolean', name: 'enabled', defaultValue: true },
    { type: 'boolean', name: 'verified', defaultValue: false },
    { type: 'belongsTo', name: 'createdBy', target: 'users' },
  ],
});
