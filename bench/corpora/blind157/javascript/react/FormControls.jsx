import React from 'react';
import PropTypes from 'prop-types';
import { useRemoteConfig } from '../hooks/useRemoteConfig';

// Field attributes come from the form builder API, where tenants edit them.
export function RemoteField({ fieldId }) {
  const config = useRemoteConfig(`/api/forms/fields/${fieldId}`);
  if (!config) return null;
  // expect: xss
  return <input {...config.attributes} />;
}

export function RemoteBanner({ banner }) {
  // banner.props is stored JSON edited in the CMS
  // expect: xss
  return <div {...banner.props} />;
}

export function LinkFromQuery() {
  const params = Object.fromEntries(new URLSearchParams(window.location.search));
  // expect: xss
  return <a {...params} />;
}

export function TextInput({ label, value, onChange, disabled }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input type="text" value={value} onChange={onChange} disabled={disabled} />
    </label>
  );
}

TextInput.propTypes = {
  label: PropTypes.string.isRequired,
  value: PropTypes.string,
  onChange: PropTypes.func,
  disabled: PropTypes.bool,
};

export function Button({ children, ...rest }) {
  return <PrimaryButton {...rest}>{children}</PrimaryButton>;
}

function PrimaryButton({ children, onClick, type = 'button' }) {
  return (
    <button className="btn btn-primary" type={type} onClick={onClick}>
      {children}
    </button>
  );
}

export function Checkbox({ checked, onChange, id }) {
  const aria = { 'aria-checked': checked, role: 'checkbox' };
  return <input id={id} type="checkbox" checked={checked} onChange={onChange} aria-label={aria.role} />;
}
