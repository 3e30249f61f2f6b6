import { Form } from '@remix-run/react'
import { Field } from '../../components/forms.tsx'

export function ReplyForm({
  allowAnonymous,
  guest = false,
  errors,
  values,
  submitting,
}: {
  allowAnonymous: boolean
  /** A guest's form: always anonymous and always reviewed, so there is no checkbox. */
  guest?: boolean
  errors: Record<string, string | undefined> | null
  values: { body: string; anonymous: boolean } | null
  submitting: boolean
}) {
  return (
    <Form method="post" className="stack" aria-labelledby="reply-heading">
      <input type="hidden" name="intent" value="reply" />
      <Field
        label="Your reply"
        name="body"
        multiline
        required
        maxLength={20000}
        hint="Markdown works: **bold**, _italic_, > quote, - lists, links."
        error={errors?.body}
        defaultValue={values?.body}
      />
      {allowAnonymous ? (
        <div className="checkbox">
          <input type="checkbox" id="reply-anonymous" name="anonymous" defaultChecked={values?.anonymous} />
          <label htmlFor="reply-anonymous">
            Post anonymously <span className="muted">— shown under a pseudonym in this thread; nobody else can see it is you.</span>
          </label>
        </div>
      ) : null}
      {guest ? (
        <p className="notice" id="guest-reply-notice">
          Post anonymously as a guest — reviewed before anyone else sees it. You are shown under a pseudonym in this thread.
        </p>
      ) : null}
      {errors?.anonymous ? <p className="field-error">{errors.anonymous}</p> : null}
      <div>
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? 'Posting…' : guest ? 'Post reply as a guest' : 'Post reply'}
        </button>
      </div>
    </Form>
  )
}
