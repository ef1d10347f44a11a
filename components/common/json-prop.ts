import { useMemo } from 'react';

/**
 * Data for a client component, serialized as one JSON string. React's payload (the RSC "flight"
 * data inlined in the page) carries a long string as one text chunk that the browser slices, where
 * an object is decoded value by value on the page's first long task; a client component that gets
 * a large table it only needs on interaction (downloads, tooltips, search) takes it as a string and
 * parses it with one native JSON.parse when it first renders.
 */
export type JsonProp<T> = string & { readonly __json?: T };

/** On the server: the value as a JsonProp. */
export function jsonProp<T>(value: T): JsonProp<T> {
  return JSON.stringify(value) as JsonProp<T>;
}

/** In the client component: the value back (parsed once per distinct string). */
export function useJsonProp<T>(json: JsonProp<T>): T {
  return useMemo(() => JSON.parse(json) as T, [json]);
}
