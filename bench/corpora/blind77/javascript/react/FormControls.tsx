import React from "react";
import { useForm, UseFormRegisterReturn } from "react-hook-form";
import { Field, FieldProps } from "formik";
import TextField, { TextFieldProps } from "@mui/material/TextField";
import clsx from "clsx";

type InputProps = React.InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string };

export function LabeledInput({ label, error, ...rest }: InputProps) {
  // expect: props-spreading
  const input = <input {...rest} />;
  return (
    <label className="field">
      <span>{label}</span>
      {input}
      {error && <small className="field__error">{error}</small>}
    </label>
  );
}

export const PrimaryButton = (props: React.ButtonHTMLAttributes<HTMLButtonElement>) => (
  // expect: props-spreading
  <button className={clsx("btn", "btn--primary", props.className)} {...props} />
);

export function EmailField({ registration }: { registration: UseFormRegisterReturn }) {
  // expect: props-spreading
  return <input type="email" autoComplete="email" {...registration} />;
}

export function FormikName() {
  return (
    <Field name="name">
      {({ field, meta }: FieldProps) => (
        // expect: props-spreading
        <TextField {...field} />
      )}
    </Field>
  );
}

export function ContactForm({ onSubmit }: { onSubmit: (v: { email: string; message: string }) => void }) {
  const { register, handleSubmit } = useForm<{ email: string; message: string }>();
  // expect: props-spreading
  const message = <textarea rows={4} {...register("message")} />;
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <EmailField registration={register("email", { required: true })} />
      {message}
      <PrimaryButton type="submit">Send</PrimaryButton>
    </form>
  );
}

// Safe look-alikes: props passed one by one; a spread into a plain object.
export function SearchInput({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return <input type="search" value={value} onChange={(e) => onChange(e.target.value)} aria-label="Search" />;
}

export function Outlined(props: TextFieldProps) {
  const merged = { ...props, variant: "outlined" as const, size: "small" as const };
  return <TextField label={merged.label} value={merged.value} variant={merged.variant} size={merged.size} />;
}
