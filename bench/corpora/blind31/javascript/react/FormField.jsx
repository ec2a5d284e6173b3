import React from 'react';
import { useField } from 'formik';
import Tooltip from './Tooltip';
import Button from './Button';

export function TextField({ label, hint, ...inputProps }) {
  const id = inputProps.id || inputProps.name;
  return (
    <label htmlFor={id} className="field">
      <span className="field__label">{label}</span>
      {hint ? <Tooltip {...hint} /> : null}
      {
        // expect: xss
        <input id={id} className="field__input" {...inputProps} />
      }
    </label>
  );
}

export function NotesField(props) {
  const [field, meta] = useField(props);
  // expect: xss
  const textarea = <textarea rows={4} {...field} {...props} />;
  return (
    <div className={meta.error ? 'field field--error' : 'field'}>
      {textarea}
      {meta.touched && meta.error ? <p className="field__error">{meta.error}</p> : null}
    </div>
  );
}

export function ExternalLink(props) {
  const linkProps = { ...props.link, rel: 'noopener noreferrer', target: '_blank' };
  // expect: xss
  return <a {...linkProps} />;
}

export function Avatar({ user, imgAttrs }) {
  if (!user) return null;
  // expect: xss
  return <img alt={user.name} src={user.avatarUrl} {...imgAttrs} />;
}

export function SubmitRow({ buttonProps, disabled }) {
  return (
    <div className="field__actions">
      <Button {...buttonProps} disabled={disabled} />
      <input type="hidden" name="form_version" value="3" />
    </div>
  );
}

export function PlainInput({ name, value, onChange }) {
  return <input name={name} value={value} onChange={onChange} />;
}
