/** Builds the app and serves it for the end-to-end tests, which read the address with inject('baseUrl'). */
import type { TestProject } from 'vitest/node';
import { buildApp, serveDist } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildApp();
  const server = await serveDist();
  project.provide('baseUrl', server.url);
  return server.close;
}
