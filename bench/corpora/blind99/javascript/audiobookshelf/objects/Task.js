const { v4: uuidv4 } = require('uuid')

class Task {
  constructor() {
    this.id = null
    this.action = null
    this.data = null
    this.title = null
    this.isFinished = false
    this.runner = null
  }

  setData(action, title, data) {
    this.id = uuidv4()
    this.action = action
    this.title = title
    this.data = data ? { ...data } : {}
  }

  setFinished() {
    this.isFinished = true
  }
}
module.exports = Task
