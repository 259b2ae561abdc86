// The HTML page `npm run stories:map` writes beside each SVG: the map, then every node with its
// file:line (linked to the source), so a map too large to take in still answers "where is this?".
import { StoryMap, placeOf } from '../../src/components/map/StoryMap';
import type { LaidOutMap, LaidOutNode } from '../../src/components/map/map-types';

const PAGE_CSS = `
:root { color-scheme: light dark; }
body { margin: 0; font: 15px/1.5 system-ui, sans-serif; background: light-dark(#fffdf8, #1b1a1f); color: light-dark(#1c1a17, #ece7de); }
header, section { padding: 16px 24px; }
h1 { font-size: 1.4rem; margin: 0 0 4px; }
.map { overflow: auto; border-block: 1px solid light-dark(#d8cfc1, #38353c); }
.map svg { display: block; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: 4px 12px 4px 0; vertical-align: top; border-bottom: 1px solid light-dark(#e6dfd3, #2f2c33); }
a { color: light-dark(#1f4e79, #9cc3ee); }
.unreached { color: light-dark(#8f1d12, #f6b9a3); font-weight: 600; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; }
`;

export interface MapPageProps {
  map: LaidOutMap;
  /** Where a node's source is, as a link from the page (relative to the page's folder). */
  hrefOf: (node: LaidOutNode) => string | null;
  /** Said when the check stopped at a bound: «mai raggiunto» then means "not reached in that time". */
  note?: string | null;
}

export function MapPage({ map, hrefOf, note = null }: MapPageProps) {
  const storyNodes = map.nodes.filter((n) => n.kind === 'knot' || n.kind === 'stitch');
  const unreached = storyNodes.filter((n) => n.reached === false);
  return (
    <html lang="it">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`Mappa — ${map.title || map.slug}`}</title>
        <style>{PAGE_CSS}</style>
      </head>
      <body>
        <header>
          <h1>{`Mappa di «${map.title || map.slug}»`}</h1>
          <p>
            {`${storyNodes.length} nodi, ${map.edges.filter((e) => e.kind === 'choice').length} scelte. `}
            {map.checked ? (unreached.length ? <span className="unreached">{`${unreached.length} mai raggiunti dal controllo.`}</span> : 'Il controllo li raggiunge tutti.') : 'Controllo non eseguito: nodi senza colore.'}
            {note && ` ${note}`}
          </p>
        </header>
        <div className="map">
          <StoryMap map={map} nodeHref={hrefOf} />
        </div>
        <section>
          <h2>Nodi</h2>
          <table>
            <thead>
              <tr>
                <th>Nodo</th>
                <th>Dove</th>
                <th>Prima battuta</th>
                <th>Sezione, finale</th>
              </tr>
            </thead>
            <tbody>
              {storyNodes.map((n) => (
                <tr key={n.id} id={`nodo-${n.id}`}>
                  <td>
                    <code>{n.id}</code>
                    {n.reached === false && <div className="unreached">mai raggiunto</div>}
                  </td>
                  <td>{hrefOf(n) ? <a href={hrefOf(n)!}><code>{placeOf(n)}</code></a> : <code>{placeOf(n)}</code>}</td>
                  <td>{n.firstLine}</td>
                  <td>{[...n.sections.map((s) => `§ ${s}`), ...n.endings.map((e) => `◆ ${e.name}`)].join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </body>
    </html>
  );
}
