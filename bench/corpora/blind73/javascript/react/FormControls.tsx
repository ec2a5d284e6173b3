import React, { useId } from 'react';
import { useDropzone } from 'react-dropzone';
import type { FieldInputProps } from 'formik';
import { Input as DesignInput } from '@acme/design-system';

type TextInputProps = React.InputHTMLAttributes<HTMLInputElement> & { label: string };

export function TextInput({ label, ...props }: TextInputProps) {
  const id = useId();
  return (
    <label htmlFor={id}>
      {label}
      <InputRow id={id} props={props} />
    </label>
  );
}

function InputRow({ id, props }: { id: string; props: React.InputHTMLAttributes<HTMLInputElement> }) {
  // expect: xss
  return <input id={id} {...props} />;
}

export function Avatar(props: React.ImgHTMLAttributes<HTMLImageElement> & { user: { name: string } }) {
  const { user, ...rest } = props;
  // expect: xss
  return <img {...rest} alt={user.name} />;
}

export function NotesField({ field }: { field: FieldInputProps<string> }) {
  // expect: xss
  return <textarea className="field" rows={4} {...field} />;
}

export function ExternalLink(linkProps: React.AnchorHTMLAttributes<HTMLAnchorElement>) {
  // expect: xss
  return <a rel="noopener noreferrer" target="_blank" {...linkProps} />;
}

// Components (capitalised) receive the spread; host elements get explicit attributes.
export function SearchBox(props: React.ComponentProps<typeof DesignInput>) {
  return <DesignInput {...props} />;
}

export function Checkbox({ checked, onChange, name }: { checked: boolean; onChange: () => void; name: string }) {
  return <input type="checkbox" name={name} checked={checked} onChange={onChange} />;
}

export function Uploader({ onDrop }: { onDrop: (files: File[]) => void }) {
  const { getRootProps, getInputProps } = useDropzone({ onDrop });
  return (
    <div {...getRootProps()}>
      <input {...getInputProps()} />
      <p>Drop files here</p>
    </div>
  );
}
