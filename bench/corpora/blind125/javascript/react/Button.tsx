import React from 'react';
import { Icon, IconProps } from './Icon';

type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'ghost';
  icon?: IconProps;
};

export function Button({ variant = 'primary', icon, children }: ButtonProps) {
  return (
    <span className={`btn-wrap btn-${variant}`}>
      {icon ? <Icon name={icon.name} size={icon.size} /> : null}
      {children}
    </span>
  );
}

export function RawButton(props: ButtonProps) {
  // expect: xss
  return <button {...props} />;
}

export function ToolbarIcon(iconProps: IconProps) {
  // expect: xss
  return <Icon {...iconProps} />;
}

export function TextField({ field }: { field: React.InputHTMLAttributes<HTMLInputElement> }) {
  // expect: xss
  return <input {...field} />;
}

// Safe look-alikes: explicit props, and a spread into a plain object.
export function SubmitButton({ onClick, disabled }: { onClick: () => void; disabled?: boolean }) {
  return <button type="submit" onClick={onClick} disabled={disabled} />;
}

export function withDefaults(props: ButtonProps): ButtonProps {
  const defaults: ButtonProps = { type: 'button', variant: 'primary' };
  return { ...defaults, ...props };
}
