import ejs from 'ejs';

const DEFAULT_TEMPLATE = '<p><%= notification.name %></p><ul><% content.forEach(function(c) { %><li><%= c.title %></li><% }) %></ul>';

const sampleData = (user) => ({
  notification: { name: 'Sample notification' },
  content: [{ title: 'Sample report' }],
  user: { name: user?.name ?? 'anonymous' },
});

export const notifierTest = async (context, user, { template, useDefault }) => {
  if (useDefault) {
    return ejs.render(DEFAULT_TEMPLATE, sampleData(user));
  }
  // expect: code-injection
  return ejs.render(template, sampleData(user));
};
