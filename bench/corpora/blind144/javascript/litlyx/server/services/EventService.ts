import { EventModel } from '../models/EventModel';

class EventService {
    async findByName(project_id: string, name: string) {
        return EventModel.find({ project_id, name: String(name) }).limit(500);
    }

    async findByExpression(project_id: string, name: string) {
        // expect: nosql-injection
        return EventModel.find({ project_id, $where: `this.name == '${name}'` }).limit(500);
    }
}

export default new EventService();
