// `#/mappa/<slug>`: the episode's story map, live in `npm run dev`. The dev server lays the map out
// (scripts/ink/story-map-plugin.ts) and sends it as JSON, so this page never loads dagre or the ink
// compiler; it refetches when the ink changes and when the check's colours are ready. In a build the
// page only says where the map is.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { StoryMap } from '../components/map/StoryMap';
import type { LaidOutNode, MapResponse } from '../components/map/map-types';
import '../components/map/map-screen.css';
import { episodeHref, resolveSlug } from '../app/route';
import { useApp, useAppStore } from '../app/store-context';

export function MapScreen({ slug }: { slug: string }) {
  if (!import.meta.env.DEV) {
    return (
      <section className="map-screen">
        <h1>Mappa della storia</h1>
        <p>
          La mappa è uno strumento per chi scrive: si vede con <code>npm run dev</code> (a questo stesso indirizzo) oppure
          con <code>npm run stories:map</code>, che la scrive in <code>story-maps/{slug}.html</code>.
        </p>
      </section>
    );
  }
  return <LiveMap slug={slug} />;
}

const openInEditor = (node: LaidOutNode) => `/__open-in-editor?file=${encodeURIComponent(`${node.file}:${node.line}`)}`;

/** The node a line's ink path belongs to: the longest leading part that names a node (`a.b.gather` → `a.b`). */
function nodeOf(path: string, ids: ReadonlySet<string>): string | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const id = parts.slice(0, n).join('.');
    if (ids.has(id)) return id;
  }
  return null;
}

function LiveMap({ slug: asked }: { slug: string }) {
  const slug = useApp((s) => resolveSlug(asked, s.episodes)) ?? asked;
  const store = useAppStore();
  const [response, setResponse] = useState<MapResponse | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [paths, setPaths] = useState<string[]>(() => store.getState().savedPaths(slug));

  const load = useCallback(() => {
    fetch(`/__story-map/${encodeURIComponent(slug)}.json`, { cache: 'no-store' })
      .then(async (r) => {
        if (r.status === 404) throw new Error(`Nessun episodio «${slug}».`);
        return (await r.json()) as MapResponse;
      })
      .then((data) => {
        setResponse(data);
        setFailure(null);
      })
      .catch((e: Error) => setFailure(e.message));
  }, [slug]);

  useEffect(() => {
    load();
    const hot = import.meta.hot;
    if (!hot) return;
    const onChange = (data?: { slug?: string }) => {
      if (!data?.slug || data.slug === slug) load();
    };
    hot.on('ink:update', onChange);
    hot.on('story-map:checked', onChange);
    return () => {
      hot.off('ink:update', onChange);
      hot.off('story-map:checked', onChange);
    };
  }, [load, slug]);

  // The reader's route: re-read when another tab saves, and when this one comes back into view.
  useEffect(() => {
    const reread = () => setPaths(store.getState().savedPaths(slug));
    reread();
    window.addEventListener('storage', reread);
    window.addEventListener('focus', reread);
    document.addEventListener('visibilitychange', reread);
    return () => {
      window.removeEventListener('storage', reread);
      window.removeEventListener('focus', reread);
      document.removeEventListener('visibilitychange', reread);
    };
  }, [store, slug]);

  const map = response?.ok ? response.map : null;
  const route = useMemo(() => {
    if (!map) return [];
    const ids = new Set(map.nodes.map((n) => n.id));
    const seen: string[] = [];
    for (const path of paths) {
      const id = nodeOf(path, ids);
      if (id && seen.at(-1) !== id) seen.push(id);
    }
    // Each node once, in the order last passed: the last one is where the reader is.
    return seen.filter((id, i) => seen.lastIndexOf(id) === i);
  }, [map, paths]);

  const open = useCallback((node: LaidOutNode) => {
    if (node.file) void fetch(openInEditor(node));
  }, []);

  return (
    <section className="map-screen" aria-busy={!response && !failure}>
      <h1>{map ? `Mappa di «${map.title || slug}»` : 'Mappa della storia'}</h1>
      {failure && <p className="map-screen__errors">{failure}</p>}
      {response && !response.ok && (
        <>
          <p className="map-screen__status">La storia non si compila: la mappa tornerà al prossimo salvataggio senza errori.</p>
          <pre className="map-screen__errors">{response.errors.join('\n')}</pre>
        </>
      )}
      {!response && !failure && <p className="map-screen__status">Preparo la mappa…</p>}
      {response?.ok && map && (
        <>
          <p className="map-screen__status" data-testid="map-status">
            {response.checking
              ? 'Il controllo sta esplorando i percorsi: i colori «raggiunto / mai raggiunto» arrivano appena finisce. '
              : response.note
                ? `${response.note} `
                : ''}
            {route.length ? (
              <>
                Il tuo percorso passa da <strong>{route.length}</strong> nodi; sei in <strong>{route.at(-1)}</strong>.{' '}
              </>
            ) : (
              <>
                Nessun percorso salvato: <a href={episodeHref(slug)}>leggi l’episodio</a> e torna qui.{' '}
              </>
            )}
            Clic su un nodo: si apre il sorgente nell’editor.
          </p>
          <div className="map-screen__canvas">
            <StoryMap map={map} route={route} nodeHref={(n) => (n.file ? openInEditor(n) : null)} onOpenNode={open} />
          </div>
        </>
      )}
    </section>
  );
}
