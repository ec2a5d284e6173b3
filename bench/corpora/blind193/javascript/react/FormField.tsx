import React from 'react';
import { Input, InputProps } from '../ui/Input';
import { Label } from '../ui/Label';

type FieldProps = InputProps & {
  name: string;
  label: string;
  error?: string;
  hint?: string;
};

export function FormField(props: FieldProps) {
  const { name, label, error, hint, ...inputProps } = props;
  const describedBy = error ? `${name}-error` : hint ? `${name}-hint` : undefined;
  return (
    <div className="form-field">
      <Label htmlFor={name}>{label}</Label>
      <Input id={name} name={name} aria-invalid={Boolean(error)} aria-describedby={describedBy} value={inputProps.value} onChange={inputProps.onChange} />
      {hint && !error && <p id={`${name}-hint`} className="hint">{hint}</p>}
      {error && <p id={`${name}-error`} className="error">{error}</p>}
    </div>
  );
}

type SearchBoxProps = InputProps & { onSearch: (q: string) => void };

export function SearchBox(props: SearchBoxProps) {
  const { onSearch, ...rest } = props;
  const [query, setQuery] = React.useState('');
  // every other prop the caller passes lands on the input, unchecked
  // expect: unreachable
  const field = <Input {...rest} value={query} onChange={(e) => setQuery(e.target.value)} />;
  return (
    <form
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(query.trim());
      }}
    >
      {field}
      <button type="submit">Search</button>
    </form>
  );
}

export function ReadOnlyValue({ label, value }: { label: string; value: string }) {
  return (
    <div className="form-field readonly">
      <Label>{label}</Label>
      <output>{value}</output>
    </div>
  );
}
