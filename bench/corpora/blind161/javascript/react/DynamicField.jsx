import React from 'react';
import { useFormSchema } from './useFormSchema';
import { Select } from './Select';

// Renders fields described by the form schema. Schemas are created in the
// form builder by customers and served as JSON.

export function DynamicField(props) {
  const { field, value, onChange } = props;
  if (field.type === 'select') {
    return <Select options={field.options} value={value} onChange={onChange} />;
  }
  // expect: xss
  return <input {...props.field.attributes} value={value} onChange={(e) => onChange(e.target.value)} />;
}

export function HelpText(props) {
  // expect: xss
  return <p {...props.help} />;
}

export function FieldLabel({ field }) {
  return (
    <label htmlFor={field.id} className="field-label">
      {field.label}
    </label>
  );
}

function pickSafeAttrs(attrs) {
  const allowed = ['placeholder', 'maxLength', 'min', 'max', 'step', 'autoComplete'];
  const out = {};
  allowed.forEach((k) => {
    if (attrs && attrs[k] !== undefined) out[k] = String(attrs[k]);
  });
  return out;
}

export function SafeInput({ field, value, onChange }) {
  return <input {...pickSafeAttrs(field.attributes)} value={value} onChange={(e) => onChange(e.target.value)} />;
}

export function SchemaBlock({ formId }) {
  const schema = useFormSchema(formId);
  if (!schema) return null;
  // expect: xss
  return React.createElement(schema.wrapper.tag, schema.wrapper.props, schema.title);
}

export function Divider() {
  return React.createElement('hr', { className: 'divider' });
}
