import Joi from 'joi'

export const EditableFileSchema = Joi.object().keys({
  name: Joi.string().min(1).max(120).required(),
  type: Joi.string().valid('action_legacy', 'hook', 'bot_config').required(),
  location: Joi.string().required(),
  content: Joi.string().allow('').required(),
  hookType: Joi.string().optional()
})

export interface EditableFile {
  name: string
  type: 'action_legacy' | 'hook' | 'bot_config'
  location: string
  content: string
  hookType?: string
}

// Returns the validated value: strings come back as they were sent.
export async function validateFile(body: unknown): Promise<EditableFile> {
  return Joi.attempt(body, EditableFileSchema) as EditableFile
}
