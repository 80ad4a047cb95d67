// « Repères : Epstein et Muller »: a short reading of the two frameworks, and a placement of one's
// practice among Epstein's four approaches, for oneself or projected in a workshop; kept on this device.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EMPTY_PLACEMENT,
  EPSTEIN_APPROACHES,
  PLACEMENT_VIEWS,
  PRESENCE_LEVELS,
  readPlacement,
  type EpsteinApproach,
  type PlacementView,
  type Presence,
  type StoredPlacement,
} from '../../domain/content/reperes';
import { clearPlacement, loadPlacement, savePlacement } from '../../db/reperes';
import { PageTitle } from '../../components/PageTitle';
import { RadioScale } from '../../components/RadioScale';
import { Quote } from '../../components/Quote';
import { formatList } from '../../components/format';

const COLUMNS = ['enjeu', 'objectifs', 'realisations', 'exemples'] as const;
const MULLER_POINTS = ['processus', 'forum', 'dimensions', 'global', 'acteurs'] as const;

export function ReperesPage() {
  const { t, i18n } = useTranslation();
  // The page's HTML is prerendered without this device's placement: it is read once the app runs, and
  // a change made here meanwhile wins over it.
  const [loaded, setLoaded] = useState<StoredPlacement | null>(null);
  const [changed, setStored] = useState<StoredPlacement | null>(null);
  const stored = changed ?? loaded ?? EMPTY_PLACEMENT;
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    loadPlacement().then(
      (placement) => current && setLoaded(placement),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, []);
  const [projecting, setProjecting] = useState(false);
  const reading = readPlacement(stored.placement);
  const name = (a: EpsteinApproach) => t(($) => $.reperes.approach[a].name);
  const list = (ids: readonly EpsteinApproach[]) => formatList(ids.map(name), i18n.language);

  function store(next: StoredPlacement) {
    setStored(next);
    void savePlacement(next).then((saved) => setFailed(!saved));
  }

  function place(view: PlacementView, approach: EpsteinApproach, level: Presence) {
    store({
      ...stored,
      placement: { ...stored.placement, [view]: { ...stored.placement[view], [approach]: level } },
    });
  }

  const summary = (view: PlacementView) =>
    reading.placed[view] === 0
      ? t(($) => $.reperes.reading[`${view}None`])
      : reading.dominant[view].length === 0
        ? t(($) => $.reperes.reading[`${view}NoDominant`])
        : t(($) => $.reperes.reading[view], { list: list(reading.dominant[view]) });

  return (
    <div className={projecting ? 'reperes projecting' : 'reperes'}>
      <PageTitle>{t(($) => $.reperes.title)}</PageTitle>
      <p className="intro">{t(($) => $.reperes.intro)}</p>
      <Quote id="roadmapSupport" />
      <p className="actions no-print">
        <button
          type="button"
          className="button secondary"
          aria-pressed={projecting}
          onClick={() => setProjecting(!projecting)}
        >
          {t(($) => $.reperes.project)}
        </button>
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t(($) => $.profile.print)}
        </button>
      </p>

      <section aria-labelledby="muller-h">
        <h2 id="muller-h">{t(($) => $.reperes.muller.title)}</h2>
        <p>{t(($) => $.reperes.muller.intro)}</p>
        <ul>
          {MULLER_POINTS.map((p) => (
            <li key={p}>{t(($) => $.reperes.muller.points[p])}</li>
          ))}
        </ul>
        <Quote id="mullerNorms" />
      </section>

      <section aria-labelledby="epstein-h">
        <h2 id="epstein-h">{t(($) => $.reperes.epstein.title)}</h2>
        <p>{t(($) => $.reperes.epstein.intro)}</p>
        <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="epstein-caption">
          <table className="data-table epstein">
            <caption id="epstein-caption">{t(($) => $.reperes.epstein.caption)}</caption>
            <thead>
              <tr>
                <th scope="col">{t(($) => $.reperes.epstein.approach)}</th>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col">
                    {t(($) => $.reperes.epstein[c])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {EPSTEIN_APPROACHES.map((a) => (
                <tr key={a}>
                  <th scope="row">
                    {name(a)}
                    <br />
                    <span className="meta">{t(($) => $.reperes.approach[a].slogan)}</span>
                  </th>
                  {COLUMNS.map((c) => (
                    <td key={c}>{t(($) => $.reperes.approach[a][c])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Quote id="idealTypes" />
      </section>

      <section aria-labelledby="placement-h" className="placement">
        <h2 id="placement-h">{t(($) => $.reperes.placement.title)}</h2>
        <p>{t(($) => $.reperes.placement.intro)}</p>
        <p className="hint">{t(($) => $.reperes.placement.privacy)}</p>
        {EPSTEIN_APPROACHES.map((a) => (
          <fieldset key={a} className="card approach-placement">
            <legend>{name(a)}</legend>
            {PLACEMENT_VIEWS.map((view) => (
              <RadioScale<Presence>
                key={view}
                legend={t(($) => $.reperes.placement[view], { approach: name(a) })}
                options={PRESENCE_LEVELS.map((v) => ({ value: v, label: t(($) => $.reperes.presence[v]) }))}
                value={stored.placement[view]?.[a]}
                onChange={(v) => place(view, a, v)}
              />
            ))}
          </fieldset>
        ))}
        {failed && (
          <p role="alert" className="alert">
            {t(($) => $.reperes.placement.saveError)}
          </p>
        )}
        <div className="card placement-reading" aria-live="polite">
          <h3>{t(($) => $.reperes.reading.title)}</h3>
          <p>{summary('pratique')}</p>
          <p>{summary('commande')}</p>
          {reading.differ.length > 0 && (
            <p>{t(($) => $.reperes.reading.differ, { list: list(reading.differ) })}</p>
          )}
        </div>
        <div className="field">
          <label htmlFor="reperes-note">{t(($) => $.reperes.placement.noteLabel)}</label>
          <textarea
            id="reperes-note"
            rows={4}
            maxLength={10_000}
            aria-describedby="reperes-note-hint"
            value={stored.note}
            onChange={(e) => store({ ...stored, note: e.target.value })}
          />
          <p id="reperes-note-hint" className="field-hint">
            {t(($) => $.reperes.placement.noteHint)}
          </p>
        </div>
        <p className="no-print">
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setStored(EMPTY_PLACEMENT);
              clearPlacement().then(
                () => setFailed(false),
                () => setFailed(true),
              );
            }}
          >
            {t(($) => $.reperes.placement.clear)}
          </button>
        </p>
      </section>
      <p className="source">{t(($) => $.reperes.source)}</p>
    </div>
  );
}
