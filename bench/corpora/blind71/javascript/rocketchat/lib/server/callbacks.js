import { EventEmitter } from 'events';

// A process-wide bus in the spirit of Rocket.Chat's `callbacks`: modules register
// listeners at start-up, the API layer emits after it has saved something.
class Callbacks extends EventEmitter {
	run(hook, item, context = {}) {
		this.emit(hook, item, context);
		return item;
	}
}

export const callbacks = new Callbacks();
callbacks.setMaxListeners(50);
