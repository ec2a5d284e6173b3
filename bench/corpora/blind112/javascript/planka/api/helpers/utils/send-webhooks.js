const ALLOWED_HOSTS = new Set(['hooks.slack.com', 'discord.com']);

module.exports = {
  inputs: {
    projectId: { type: 'string', required: true },
    event: { type: 'string', required: true },
    data: { type: 'ref' },
  },

  async fn(inputs) {
    const project = await Project.findOne(inputs.projectId);
    if (!project || !project.webhookUrl) {
      return;
    }

    const body = JSON.stringify({ event: inputs.event, data: inputs.data });

    if (sails.config.custom.webhookAllowlistOnly) {
      const { hostname } = new URL(project.webhookUrl);
      if (!ALLOWED_HOSTS.has(hostname)) {
        return;
      }
      await fetch(project.webhookUrl, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
      return;
    }

    try {
      // expect: ssrf
      await fetch(project.webhookUrl, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
    } catch (error) {
      sails.log.warn('Webhook delivery failed for project %s', project.id);
    }
  },
};
