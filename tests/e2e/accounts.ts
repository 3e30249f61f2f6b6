// Accounts created in the browser tests' database before the server starts.
export const e2eUsers = {
  member: { username: 'e2e_member', password: 'e2e-member-password', role: 'member' as const },
  friend: { username: 'e2e_friend', password: 'e2e-friend-password', role: 'member' as const },
  moderator: { username: 'e2e_moderator', password: 'e2e-moderator-password', role: 'moderator' as const },
  admin: { username: 'e2e_admin', password: 'e2e-admin-password', role: 'admin' as const },
}

export type E2eUser = (typeof e2eUsers)[keyof typeof e2eUsers]

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
