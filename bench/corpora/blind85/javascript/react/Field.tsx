import React from 'react';
import classNames from 'classnames';

type FieldProps = React.InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string };

export function Field({ label, error, ...inputProps }: FieldProps) {
  return (
    <label className={classNames('field', { 'field--error': error })}>
      <span>{label}</span>
      {/* the rest of the props go straight to the input */}
      {renderInput(inputProps)}
      {error && <small role="alert">{error}</small>}
    </label>
  );
}

function renderInput(props: React.InputHTMLAttributes<HTMLInputElement>) {
  // expect: xss
  return <input {...props} />;
}

export function Avatar(props: { src: string; alt: string; size?: number }) {
  const imgProps = { src: props.src, alt: props.alt, width: props.size, height: props.size };
  // expect: xss
  return <img {...imgProps} />;
}

export const Divider = (attrs: React.HTMLAttributes<HTMLHRElement>) => (
  // expect: xss
  <hr {...attrs} />
);

export function Embed({ config }: { config: Record<string, string> }) {
  // expect: xss
  return <iframe title="embed" {...config} />;
}

export function PrimaryButton(props: React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return <Button variant="primary" {...props} />;
}

export function Hint({ text }: { text: string }) {
  return <span className="hint" aria-live="polite">{text}</span>;
}

function Button({ variant, ...rest }: { variant: string } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button className={`btn btn-${variant}`} type={rest.type ?? 'button'} onClick={rest.onClick}>{rest.children}</button>;
}
