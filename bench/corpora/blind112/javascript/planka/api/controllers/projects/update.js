module.exports = {
  inputs: {
    id: { type: 'string', regex: /^[0-9]+$/, required: true },
    name: { type: 'string', isNotEmptyString: true },
    webhookUrl: { type: 'string', allowNull: true },
  },

  async fn(inputs) {
    const { currentUser } = this.req;

    const project = await Project.findOne(inputs.id);
    const isManager = await sails.helpers.users.isProjectManager(currentUser.id, project.id);
    if (!isManager) {
      throw 'projectNotFound';
    }

    const values = _.pick(inputs, ['name', 'webhookUrl']);
    const updated = await Project.updateOne(project.id).set(values);

    sails.helpers.utils.sendWebhooks.with({ projectId: updated.id, event: 'projectUpdate', data: { name: updated.name } });

    return { item: updated };
  },
};
