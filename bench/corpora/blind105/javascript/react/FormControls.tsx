import React, { ButtonHTMLAttributes, forwardRef, InputHTMLAttributes } from 'react';
import { Tooltip, TooltipProps } from './Tooltip';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'ghost' };

export function Button({ variant = 'primary', children, ...rest }: ButtonProps) {
  // expect: shadowed-builtin
  return <button className={`btn btn-${variant}`} {...rest}>{children}</button>;
}

export const TextField = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>((props, ref) => {
  // expect: shadowed-builtin
  return <input ref={ref} className="field" {...props} />;
});

export function HelpIcon({ tooltip }: { tooltip: TooltipProps }) {
  // expect: shadowed-builtin
  return <Tooltip {...tooltip} />;
}

export function NavLink({ href, label, ...linkProps }: { href: string; label: string } & Record<string, unknown>) {
  // expect: shadowed-builtin
  return <a href={href} {...linkProps}>{label}</a>;
}

// Safe look-alikes: explicit props, object spread outside JSX attributes.
export function IconButton({ onClick, label }: { onClick: () => void; label: string }) {
  return <button type="button" aria-label={label} onClick={onClick}>+</button>;
}

export function Badge({ color, base }: { color: string; base: React.CSSProperties }) {
  const merged = { ...base, backgroundColor: color };
  return <span className="badge" style={{ ...merged, padding: 4 }}>new</span>;
}
