/** The median of `xs` (the upper middle one of an even count), for the benchmark scripts. */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
