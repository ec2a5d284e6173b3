import { model, Schema } from 'mongoose';

const ProjectSchema = new Schema({
    owner: { type: Schema.Types.ObjectId, index: true },
    name: { type: String, required: true },
    api_key: { type: String, index: true },
    webhook_url: { type: String },
    public: { type: Boolean, default: false },
});

export const ProjectModel = model('projects', ProjectSchema);
