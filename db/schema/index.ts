import { sql } from 'drizzle-orm'
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ['member', 'moderator', 'admin'] }).notNull().default('member'),
    createdAt: createdAt(),
    // Moderation state: a suspended or banned member can read but not post or report.
    suspendedUntil: timestamp('suspended_until', { withTimezone: true }),
    bannedAt: timestamp('banned_at', { withTimezone: true }),
    sanctionReason: text('sanction_reason'),
  },
  (t) => [uniqueIndex('users_username_lower_idx').on(sql`lower(${t.username})`)],
)

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
)

export const bridges = pgTable('bridges', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  position: integer('position').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  // Operator switch: anonymous posting can be turned off per bridge.
  allowAnonymous: boolean('allow_anonymous').notNull().default(true),
  threadCount: integer('thread_count').notNull().default(0),
  lastActivityAt: timestamp('last_activity_at', { withTimezone: true }),
})

export const articles = pgTable(
  'articles',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    author: text('author').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    url: text('url').notNull(),
    summary: text('summary').notNull(),
    bridgeId: integer('bridge_id')
      .notNull()
      .references(() => bridges.id),
  },
  (t) => [index('articles_published_idx').on(t.publishedAt.desc(), t.id.desc())],
)

export const threads = pgTable(
  'threads',
  {
    id: serial('id').primaryKey(),
    bridgeId: integer('bridge_id')
      .notNull()
      .references(() => bridges.id),
    articleId: integer('article_id').references(() => articles.id),
    title: text('title').notNull(),
    // Visibility of the thread follows its opening post (pending/hidden/removed threads are not listed).
    status: text('status', { enum: ['visible', 'pending', 'hidden', 'removed'] })
      .notNull()
      .default('visible'),
    isLocked: boolean('is_locked').notNull().default(false),
    isPinned: boolean('is_pinned').notNull().default(false),
    // Number of posts ever numbered in the thread (opening post included); gives each post its seq.
    postSeq: integer('post_seq').notNull().default(0),
    replyCount: integer('reply_count').notNull().default(0),
    createdAt: createdAt(),
    // Millisecond precision, so a keyset cursor carried in a URL round-trips exactly through JS dates.
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    // Display name of the last visible post's author (pseudonym when anonymous), never an id.
    lastPostByName: text('last_post_by_name'),
  },
  (t) => [
    // Keyset pagination of the public lists: (last activity, id) within a bridge or an article.
    index('threads_bridge_list_idx')
      .on(t.bridgeId, t.isPinned, t.lastActivityAt, t.id)
      .where(sql`${t.status} = 'visible'`),
    index('threads_article_list_idx')
      .on(t.articleId, t.lastActivityAt, t.id)
      .where(sql`${t.status} = 'visible'`),
  ],
)

export const posts = pgTable(
  'posts',
  {
    id: serial('id').primaryKey(),
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id),
    // Position in the thread (1 = opening post): thread pages are ranges of seq, so any page costs the same.
    seq: integer('seq').notNull(),
    // Never sent to the browser for anyone but the author; null for guest posts.
    authorId: text('author_id').references(() => users.id),
    guestKeyHash: text('guest_key_hash'),
    isAnonymous: boolean('is_anonymous').notNull().default(false),
    pseudonym: text('pseudonym'),
    bodySource: text('body_source').notNull(),
    bodyHtml: text('body_html').notNull(),
    status: text('status', { enum: ['visible', 'pending', 'hidden', 'removed'] })
      .notNull()
      .default('visible'),
    scanDecision: text('scan_decision', { enum: ['allow', 'review', 'block'] }),
    scanReasons: jsonb('scan_reasons').$type<unknown[]>(),
    removalReason: text('removal_reason'),
    createdAt: createdAt(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('posts_thread_seq_idx').on(t.threadId, t.seq),
    index('posts_author_idx').on(t.authorId, t.createdAt),
  ],
)

// Per-thread pseudonyms: stable inside one thread, unrelated across threads, unique within a thread.
export const threadPseudonyms = pgTable(
  'thread_pseudonyms',
  {
    threadId: integer('thread_id')
      .notNull()
      .references(() => threads.id),
    // HMAC of the author identity (user id or guest key): lets the server find the pseudonym
    // again without storing who it belongs to in this table.
    authorKey: text('author_key').notNull(),
    pseudonym: text('pseudonym').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.threadId, t.authorKey] }),
    uniqueIndex('thread_pseudonyms_name_idx').on(t.threadId, t.pseudonym),
  ],
)

// Earlier versions of a post: author edits and moderator edits keep the original.
export const postRevisions = pgTable('post_revisions', {
  id: serial('id').primaryKey(),
  postId: integer('post_id')
    .notNull()
    .references(() => posts.id),
  bodySource: text('body_source').notNull(),
  editedById: text('edited_by_id').references(() => users.id),
  isModeratorEdit: boolean('is_moderator_edit').notNull().default(false),
  createdAt: createdAt(),
})

export const reports = pgTable(
  'reports',
  {
    id: serial('id').primaryKey(),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id),
    reporterId: text('reporter_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason', {
      enum: ['harassment', 'hate', 'personal_info', 'spam', 'self_harm', 'underage', 'other'],
    }).notNull(),
    note: text('note'),
    createdAt: createdAt(),
    // Set when a moderator resolves the item the report belongs to.
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('reports_post_reporter_idx').on(t.postId, t.reporterId)],
)

export const moderationItems = pgTable(
  'moderation_items',
  {
    id: serial('id').primaryKey(),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id),
    bridgeId: integer('bridge_id')
      .notNull()
      .references(() => bridges.id),
    // Why it is in the queue: any of filter, report, new_member, guest.
    sources: text('sources').array().notNull(),
    urgent: boolean('urgent').notNull().default(false),
    status: text('status', { enum: ['open', 'resolved'] }).notNull().default('open'),
    resolution: text('resolution'),
    resolvedById: text('resolved_by_id').references(() => users.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    // At most one open item per post: a second source joins the open item.
    uniqueIndex('moderation_items_open_post_idx').on(t.postId).where(sql`${t.status} = 'open'`),
    index('moderation_items_queue_idx').on(t.status, t.urgent, t.createdAt),
  ],
)

export const moderatorBridges = pgTable(
  'moderator_bridges',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    bridgeId: integer('bridge_id')
      .notNull()
      .references(() => bridges.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.bridgeId] })],
)

export const auditLog = pgTable(
  'audit_log',
  {
    id: serial('id').primaryKey(),
    actorId: text('actor_id').references(() => users.id),
    action: text('action').notNull(),
    itemId: integer('item_id'),
    postId: integer('post_id'),
    targetUserId: text('target_user_id'),
    reason: text('reason'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_created_idx').on(t.createdAt, t.id)],
)

export const watchedWords = pgTable('watched_words', {
  id: serial('id').primaryKey(),
  term: text('term').notNull().unique(),
  action: text('action', { enum: ['review', 'block'] }).notNull(),
  createdById: text('created_by_id').references(() => users.id),
  createdAt: createdAt(),
})

// Operator settings and generated secrets (key → JSON value). App servers keep no state of their own.
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

// Fixed-window rate-limit counters, keyed by an action and a keyed hash (never a raw address).
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
)
