// Form controls of the settings pages. Each control takes our own props (label, error,
// onValueChange) plus the usual input attributes.
import React from 'react';
import { Tooltip } from './Tooltip';

type TextFieldProps = {
  label: string;
  error?: string;
  onValueChange: (value: string) => void;
} & React.InputHTMLAttributes<HTMLInputElement>;

export function TextField(props: TextFieldProps) {
  // expect: unreachable
  const input = <input {...props} />;
  return (
    <label className="field">
      <span>{props.label}</span>
      {input}
      {props.error ? <em className="field-error">{props.error}</em> : null}
    </label>
  );
}

export function NumberField({ label, error, onValueChange, ...inputProps }: TextFieldProps) {
  const input = <input type="number" {...inputProps} onChange={(e) => onValueChange(e.target.value)} />;
  return (
    <label className="field">
      <span>{label}</span>
      {input}
      {error ? <em className="field-error">{error}</em> : null}
    </label>
  );
}

type ToggleProps = { label: string; checked: boolean; hint?: string; onToggle: () => void };

export function Toggle(props: ToggleProps) {
  // expect: unreachable
  const box = <input type="checkbox" {...props} />;
  return (
    <div className="toggle">
      {box}
      <span>{props.label}</span>
    </div>
  );
}

export function HelpIcon(props: { text: string; placement: 'top' | 'bottom' }) {
  return <Tooltip {...props} />;
}

type SelectFieldProps = { label: string; options: string[]; value: string; onValueChange: (v: string) => void };

export function SelectField(props: SelectFieldProps) {
  const { options, ...rest } = props;
  const items = options.map((o) => <option key={o} value={o}>{o}</option>);
  // expect: unreachable
  const select = <select {...rest} onChange={(e) => props.onValueChange(e.target.value)}>{items}</select>;
  return <label className="field"><span>{props.label}</span>{select}</label>;
}

export function PlainField({ name, value }: { name: string; value: string }) {
  return <input name={name} defaultValue={value} />;
}
