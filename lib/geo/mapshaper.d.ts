/** The part of mapshaper's Node API (npm `mapshaper` 0.7) that the map build uses; it ships no types. */
declare module 'mapshaper' {
  /** Input "files" by name; values are file text or parsed JSON. */
  export type MapshaperInput = Record<string, string | object>;
  /** Output "files" by name, from the -o commands. */
  export type MapshaperOutput = Record<string, string | Uint8Array>;
  export function applyCommands(commands: string, input: MapshaperInput): Promise<MapshaperOutput>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
