/**
 * Where each region's label anchor lies on screen (pixels from the map's top-left corner).
 * Not shown; tests click there, so they press on the real chart like a reader would.
 */
export interface Target {
  readonly code: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
}

export default function MapTargets({ targets }: { targets: readonly Target[] }) {
  return (
    <ul className="map-targets" data-testid="zj-map-targets" hidden>
      {targets.map((t) => (
        <li key={t.code} data-code={t.code} data-x={t.x} data-y={t.y}>
          {t.name}
        </li>
      ))}
    </ul>
  );
}
