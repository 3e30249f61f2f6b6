import { z } from 'zod'

const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal('')])
  .optional()
  .transform((v) => v === 'on' || v === 'true')

export const PostBodySchema = z
  .string({ required_error: 'Write something first.' })
  .trim()
  .min(1, 'Write something first.')
  .max(20_000, 'Posts can be at most 20,000 characters.')

export const ThreadTitleSchema = z
  .string({ required_error: 'Give your thread a title.' })
  .trim()
  .min(5, 'The title needs at least 5 characters.')
  .max(150, 'The title can be at most 150 characters.')

export const NewThreadSchema = z.object({
  bridge: z.string({ required_error: 'Choose a bridge.' }).min(1, 'Choose a bridge.'),
  article: z.string().optional(),
  title: ThreadTitleSchema,
  body: PostBodySchema,
  anonymous: checkbox,
})

export const ReplySchema = z.object({ body: PostBodySchema, anonymous: checkbox })

export const EditPostSchema = z.object({ body: PostBodySchema, title: ThreadTitleSchema.optional() })

export const UsernameSchema = z
  .string({ required_error: 'Choose a username.' })
  .trim()
  .toLowerCase()
  .min(3, 'Usernames have 3 to 24 characters.')
  .max(24, 'Usernames have 3 to 24 characters.')
  .regex(/^[a-z0-9_-]+$/, 'Use only letters a–z, digits, _ and -.')

/** Turns a zod error into one message per field, for showing next to each input. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    errors[field] ??= issue.message
  }
  return errors
}
