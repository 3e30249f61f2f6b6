import type { TestProject } from 'vitest/node'
import { dropTemplate, prepareTemplate } from './test-database.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    testRun: string
  }
}

/** Migrates once per run; every test file then starts from that state in about two seconds. */
export default async function setup(project: TestProject) {
  const run = `${process.pid}_${Date.now().toString(36)}`
  await prepareTemplate(run)
  project.provide('testRun', run)
  return () => dropTemplate(run)
}
