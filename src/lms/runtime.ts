// The only place that calls the LMS's API object. LMSs answer "true"/"false" strings (some
// return booleans) and some throw; all of that becomes plain booleans and strings here.

import type { MethodNames } from './profile.ts';

export type ScormApiObject = Record<string, unknown>;

export interface Runtime {
  initialize(): boolean;
  terminate(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
}

export function createRuntime(api: ScormApiObject, methods: MethodNames): Runtime {
  const call = (name: string, ...args: string[]): unknown => {
    try {
      const method = api[name];
      return typeof method === 'function' ? method.apply(api, args) : undefined;
    } catch {
      return undefined;
    }
  };
  const succeeded = (answer: unknown): boolean => String(answer) === 'true';

  return {
    initialize: () => succeeded(call(methods.initialize, '')),
    terminate: () => succeeded(call(methods.terminate, '')),
    get: (element) => {
      const answer = call(methods.getValue, element);
      return answer === undefined || answer === null ? '' : String(answer);
    },
    set: (element, value) => succeeded(call(methods.setValue, element, value)),
    commit: () => succeeded(call(methods.commit, '')),
  };
}
