import React from 'react';
import qs from 'qs';
import { useForm } from 'react-hook-form';

const iconProps = { width: 16, height: 16, 'aria-hidden': true };

// Renders a block of the CMS page tree as stored by editors.
export function renderBlock(block) {
  // expect: xss
  return React.createElement(block.tag, block.attributes, block.text);
}

export function ShareLink({ label }) {
  const extra = qs.parse(window.location.search.slice(1));
  // expect: xss
  return <a className="share" {...extra.link}>{label}</a>;
}

export function SchemaField({ schema }) {
  // expect: xss
  return <input {...schema.inputProps} />;
}

export function Icon({ name }) {
  return <svg {...iconProps}><use href={`#icon-${name}`} /></svg>;
}

export function Button({ label, onClick, disabled }) {
  return <button type="button" onClick={onClick} disabled={disabled}>{label}</button>;
}

export function SignupForm({ onSubmit }) {
  const { register, handleSubmit } = useForm();
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <input type="email" {...register('email', { required: true })} />
      <button type="submit">Sign up</button>
    </form>
  );
}
