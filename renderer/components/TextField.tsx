import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { describedBy, Field } from './Field';

interface Props<T extends FieldValues> {
  // The parsed (output) type of the form does not matter to one input.
  readonly form: UseFormReturn<T, unknown, any>;
  readonly name: Path<T>;
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly type?: 'text' | 'email' | 'date' | 'time' | 'number';
  readonly autoComplete?: string;
  readonly className?: string;
  readonly inputProps?: { readonly min?: number; readonly max?: number; readonly step?: number };
}

/** A labelled input bound to a react-hook-form field, with its hint and error wired for screen readers. */
export function TextField<T extends FieldValues>({ form, name, id, label, hint, type = 'text', autoComplete = 'off', className, inputProps }: Props<T>) {
  const error = (form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message;
  return (
    <Field id={id} label={label} {...(hint ? { hint } : {})} error={error}>
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        className={className}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), error)}
        {...inputProps}
        {...form.register(name)}
      />
    </Field>
  );
}
