import React from 'react';
import { Header, HeaderProps } from './Header';
import { Sidebar } from './Sidebar';
import { BaseIcon, BaseIconProps } from './BaseIcon';

type LayoutProps = { header: HeaderProps; sidebar: Record<string, unknown>; children?: React.ReactNode };

export function Layout({ header, sidebar, children }: LayoutProps) {
  // expect: props-spreading
  const top = <Header {...header} />;
  // expect: props-spreading
  const side = <Sidebar {...sidebar} />;
  return (
    <div className="layout">
      {top}
      {side}
      <main>{children}</main>
    </div>
  );
}

export const withTracking = <P extends object>(Wrapped: React.ComponentType<P>) =>
  (props: P) => {
    // expect: props-spreading
    return <Wrapped {...props} />;
  };

export function Icon(props: BaseIconProps) {
  // expect: props-spreading
  return <BaseIcon size={24} {...props} />;
}

// Safe look-alikes: explicit props, and spreading into a plain object rather than JSX.
export function Title({ text, level }: { text: string; level: number }) {
  return <Header title={text} level={level} />;
}

export function mergeDefaults(props: Partial<HeaderProps>): HeaderProps {
  return { title: '', level: 1, ...props } as HeaderProps;
}
