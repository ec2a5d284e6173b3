import React from 'react';
import classNames from 'classnames';

type InputProps = React.InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  error?: string;
};

export function TextField({ label, error, ...rest }: InputProps) {
  // expect: unreachable
  const input = <input {...rest} />;
  return (
    <label className={classNames('field', { 'field--error': !!error })}>
      <span>{label}</span>
      {input}
      {error && <small role="alert">{error}</small>}
    </label>
  );
}

export function Avatar(props: React.ImgHTMLAttributes<HTMLImageElement>) {
  // expect: unreachable
  return <img {...props} />;
}

export function HiddenFields({ values }: { values: Record<string, string> }) {
  return (
    <>
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

export function Checkbox({ checked, onChange, name }: { checked: boolean; onChange: () => void; name: string }) {
  return <input type="checkbox" name={name} checked={checked} onChange={onChange} />;
}

export function SubmitButton(props: React.ButtonHTMLAttributes<HTMLButtonElement>) {
  const extra = { 'data-testid': 'submit', ...props };
  // expect: unreachable
  return <button {...extra} />;
}
