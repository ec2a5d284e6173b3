import { model, Schema } from 'mongoose';

const EventSchema = new Schema({
    project_id: { type: Schema.Types.ObjectId, index: true },
    name: { type: String, required: true, index: true },
    metadata: Schema.Types.Mixed,
    created_at: { type: Date, default: () => Date.now() },
});

export const EventModel = model('events', EventSchema);
