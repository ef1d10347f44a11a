/** The part of autocannon's API scripts/bench-app.ts uses (the package ships no types). */
declare module 'autocannon' {
  interface Options { url: string; connections?: number; duration?: number; headers?: Record<string, string> }
  interface Result {
    requests: { average: number };
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  function autocannon(opts: Options): Promise<Result>;
  export default autocannon;
}
