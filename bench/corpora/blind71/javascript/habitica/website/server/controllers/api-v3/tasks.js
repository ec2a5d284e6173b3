import { authWithHeaders } from '../../middlewares/auth';
import { model as Task } from '../../models/task';
import { BadRequest, NotFound } from '../../libs/errors';
import { logger } from '../../libs/logger';

const TASK_TYPES = ['habits', 'dailys', 'todos', 'rewards', 'completedTodos'];
const TYPE_TO_MODEL = { habits: 'habit', dailys: 'daily', todos: 'todo', rewards: 'reward', completedTodos: 'todo' };

const api = {};

/**
 * @api {get} /api/v3/tasks/user Get a user's tasks
 */
api.getUserTasks = {
  method: 'GET',
  url: '/tasks/user',
  middlewares: [authWithHeaders()],
  async handler (req, res) {
    const types = TASK_TYPES;
    req.checkQuery('type', 'invalidTaskType').optional().isIn(types);
    const validationErrors = req.validationErrors();
    if (validationErrors) throw validationErrors;

    const { user } = res.locals;
    const type = req.query.type ? TYPE_TO_MODEL[req.query.type] : 'habit';
    const tasks = await Task.findByTypeForOwner(user._id, type);
    res.respond(200, tasks);
  },
};

/**
 * @api {get} /api/v3/tasks/user/search Search a user's tasks with a client-built filter
 */
api.searchUserTasks = {
  method: 'GET',
  url: '/tasks/user/search',
  middlewares: [authWithHeaders()],
  async handler (req, res) {
    const { user } = res.locals;
    let filter = {};
    if (req.query.filter) {
      try {
        filter = JSON.parse(req.query.filter);
      } catch (e) {
        throw new BadRequest('invalidFilter');
      }
    }
    const tasks = await Task.findForOwner(user._id, filter);
    res.respond(200, tasks);
  },
};

/**
 * @api {get} /api/v3/tasks/:taskId Get a task
 */
api.getTask = {
  method: 'GET',
  url: '/tasks/:taskId',
  middlewares: [authWithHeaders()],
  async handler (req, res) {
    const { user } = res.locals;
    const { taskId } = req.params;
    const task = await Task.findOne({ _id: String(taskId), userId: user._id }).exec();
    if (!task) {
      // expect: log-injection
      logger.warn(`task not found: ${taskId} (user ${user._id}, client ${res.locals.client})`);
      throw new NotFound('taskNotFound');
    }
    res.respond(200, task);
  },
};

/**
 * @api {put} /api/v3/tasks/:taskId Update a task
 */
api.updateTask = {
  method: 'PUT',
  url: '/tasks/:taskId',
  middlewares: [authWithHeaders()],
  async handler (req, res) {
    const { user } = res.locals;
    const task = await Task.findOne({ _id: String(req.params.taskId), userId: user._id }).exec();
    if (!task) throw new NotFound('taskNotFound');

    const { text, notes, priority } = req.body;
    if (typeof text === 'string') task.text = text;
    if (typeof notes === 'string') task.notes = notes;
    const parsedPriority = Number.parseFloat(priority);
    if (!Number.isNaN(parsedPriority)) task.priority = parsedPriority;
    await task.save();
    logger.info(`task updated: ${task._id} by ${user._id}`);
    res.respond(200, task);
  },
};

export default api;
