// A package's launch page carries the unit's outline and its first pages; each module's pages
// and the assessment pool are files of their own (course/m-<module>.js, course/pool.js), fetched
// when first needed and prefetched while the learner reads. They are scripts, not JSON, so they
// load from disk (file://) too, where a browser refuses fetch().
import type { Block, Question, Unit } from '../shared/course.ts';
import { DATA_CALLBACK, moduleFile, POOL_FILE } from '../shared/data-files.ts';

export interface UnitLoader {
  /** The blocks of each of a module's pages, in page order. */
  module(id: string): Promise<Block[][]>;
  pool(): Promise<Question[]>;
}

type Callback = (name: string, data: unknown) => void;

/** Loads the package's data files by script tag; each arrives through one global callback. */
export function scriptLoader(doc: Document = document): UnitLoader {
  const waiting = new Map<string, { resolve: (data: unknown) => void; promise: Promise<unknown> }>();
  const win = doc.defaultView as unknown as Record<string, Callback>;
  win[DATA_CALLBACK] = (name, data) => waiting.get(name)?.resolve(data);
  const load = (name: string): Promise<unknown> => {
    const known = waiting.get(name);
    if (known) return known.promise;
    let resolve!: (data: unknown) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<unknown>((res, rej) => ((resolve = res), (reject = rej)));
    waiting.set(name, { resolve, promise });
    const script = doc.createElement('script');
    script.src = `course/${name}.js`;
    script.async = true;
    script.onerror = () => {
      // Let a later visit try again (a flaky connection in an LMS frame).
      waiting.delete(name);
      script.remove();
      reject(new Error(`course/${name}.js could not be loaded.`));
    };
    doc.head.append(script);
    return promise;
  };
  return {
    module: (id) => load(moduleFile(id)) as Promise<Block[][]>,
    pool: () => load(POOL_FILE) as Promise<Question[]>,
  };
}

/** For a unit that arrived whole (npm run dev, tests): everything is at hand. */
export function memoryLoader(unit: Unit): UnitLoader {
  return {
    module: async (id) => unit.modules.find((m) => m.id === id)!.pages.map((p) => p.blocks),
    pool: async () => unit.pool,
  };
}
