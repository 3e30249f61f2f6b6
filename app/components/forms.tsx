import { useId } from 'react'

type FieldProps = {
  label: string
  name: string
  error?: string | null
  hint?: string
  defaultValue?: string
  type?: string
  autoComplete?: string
  required?: boolean
  multiline?: boolean
  maxLength?: number
  minLength?: number
}

/** A labelled input whose error sits next to it and is announced with it. */
export function Field({ label, name, error, hint, multiline, ...inputProps }: FieldProps) {
  const id = useId()
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
  const common = { id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {multiline ? <textarea {...common} {...inputProps} /> : <input {...common} {...inputProps} />}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}

export function FormError({ error }: { error?: string | null }) {
  if (!error) return null
  return (
    <div className="notice notice--error" role="alert">
      {error}
    </div>
  )
}
