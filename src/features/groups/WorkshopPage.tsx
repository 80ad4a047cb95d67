// A trainer's workshop: the join link and QR code, how many results have arrived, the group synthesis
// as they come, and a projection mode (full screen, large type, high contrast, one chart at a time).
import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { InstrumentId } from '../../domain/content/postures';
import { encodeInvite, MAX_EXPECTED, parseExpected } from '../../domain/workshop';
import { synthesizeGroup } from '../../domain/scoring/group';
import { addReceivedProfiles, ensureWorkshopGroup, setWorkshopExpected } from '../../db/groups';
import { useGroupProfiles, useWorkshop, useWorkshops } from '../../db/hooks';
import { PageTitle } from '../../components/PageTitle';
import { QrCode } from '../../components/QrCode';
import { ChartSizeProvider } from '../../components/charts';
import { formatDate, formatList } from '../../components/format';
import { Dialog } from '../../components/Dialog';
import { CopyButton } from '../../components/CopyButton';
import { links, paths } from '../../components/paths';
import { useLiveRelay } from '../../components/liveRelay';
import { GroupView } from './GroupView';
import { LivePanel } from './LivePanel';
import { toMembers } from './members';
import { useSynthesisSlides, type Slide } from './Synthesis';
import { SlideView, slideSteps } from './SlideView';
import { sortWorkshopFiles } from './workshopFiles';

type FileStatus = { summary: string; refusals: readonly string[]; backup: boolean };

export function WorkshopPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const found = useWorkshop(id);
  const workshops = useWorkshops();
  const profiles = useGroupProfiles(found?.group.id);
  const [projecting, setProjecting] = useState(false);
  const [bigQr, setBigQr] = useState(false);
  const [showAliases, setShowAliases] = useState(false);
  const [fileStatus, setFileStatus] = useState<FileStatus | null>(null);
  const relay = useLiveRelay();
  // A workshop whose group was deleted gets it back (empty); only an unknown workshop is "not found".
  const [unknown, setUnknown] = useState(false);
  const withoutGroup = found === null;
  useEffect(() => {
    if (!withoutGroup) return;
    let live = true;
    void ensureWorkshopGroup(id)
      .catch(() => undefined)
      .then((groupId) => {
        if (live && groupId === undefined) setUnknown(true);
      });
    return () => {
      live = false;
    };
  }, [withoutGroup, id]);

  if (found === undefined || profiles === undefined || (found === null && !unknown))
    return <p role="status">{t(($) => $.app.loading)}</p>;
  if (found === null) {
    return (
      <>
        <PageTitle>{t(($) => $.workshop.listTitle)}</PageTitle>
        <p>{t(($) => $.workshop.notFound)}</p>
        <Link to={paths.workshops()}>{t(($) => $.workshop.back)}</Link>
      </>
    );
  }
  const { workshop, group } = found;
  const link = links.invite(window.location.origin, encodeInvite(workshop));
  // In alphabetical order, so the trainer sees at once who has not sent yet.
  const receivedFrom = t(($) => $.room.receivedFrom, {
    list: formatList(
      profiles.map((p) => p.snapshot.alias).sort(new Intl.Collator(i18n.language, { numeric: true }).compare),
      i18n.language,
    ),
  });

  const addFiles = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = '';
    const { snapshots, refusals: refused } = await sortWorkshopFiles(files, workshop.id);
    const refusals = refused.map((r) => {
      if (r.kind === 'other-workshop') {
        const other = workshops?.find((w) => w.id === r.workshopId);
        return other
          ? t(($) => $.workshop.fileRefused.otherWorkshop, { file: r.file, title: other.title })
          : t(($) => $.workshop.fileRefused.unknownWorkshop, { file: r.file, id: r.workshopId });
      }
      if (r.kind === 'backup') return t(($) => $.workshop.fileRefused.backup, { file: r.file });
      const reason = t(($) => $.share.fileError[r.reason]);
      return t(($) => $.workshop.fileRefused.unreadable, { file: r.file, reason });
    });
    const backup = refused.some((r) => r.kind === 'backup');
    const { added, duplicates } = await addReceivedProfiles(group.id, snapshots);
    const summary = t(($) => $.workshop.filesAdded, {
      added: t(($) => $.workshop.filesAddedCount, { count: added }),
      duplicates: t(($) => $.workshop.filesDuplicates, { count: duplicates }),
      refused: t(($) => $.workshop.filesRefused, { count: refusals.length }),
    });
    setFileStatus({ summary, refusals, backup });
  };

  return (
    <div className="workshop">
      <p className="eyebrow no-print">
        <Link to={paths.workshops()}>{t(($) => $.workshop.listTitle)}</Link>
      </p>
      <PageTitle>{workshop.title}</PageTitle>
      <p className="meta">
        {formatDate(Date.parse(`${workshop.date}T12:00:00`), i18n.language)} ·{' '}
        {workshop.instruments.map((i) => t(($) => $.instrument[i].title)).join(', ')}
        {workshop.anonymous && ` · ${t(($) => $.workshop.anonymousShort)}`}
      </p>

      <section className="card no-print" aria-labelledby="join-h">
        <h2 id="join-h">{t(($) => $.workshop.joinTitle)}</h2>
        <p>{t(($) => $.workshop.joinIntro)}</p>
        <div className="field">
          <label htmlFor="join-link">{t(($) => $.workshop.joinLink)}</label>
          <input id="join-link" type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        </div>
        <CopyButton text={link} label={t(($) => $.room.copyInvite)} />
        <figure className="qr-figure">
          <QrCode value={link} label={t(($) => $.workshop.joinQr)} size={360} />
          <figcaption>{t(($) => $.workshop.joinQrCaption)}</figcaption>
        </figure>
        <button type="button" className="button secondary" onClick={() => setBigQr(true)}>
          {t(($) => $.room.bigQr)}
        </button>
        <Dialog
          open={bigQr}
          title={t(($) => $.room.bigQrTitle, { title: workshop.title })}
          onClose={() => setBigQr(false)}
        >
          <div className="big-qr">
            <QrCode value={link} label={t(($) => $.workshop.joinQr)} size={720} />
          </div>
          <button type="button" className="button" data-autofocus onClick={() => setBigQr(false)}>
            {t(($) => $.room.close)}
          </button>
        </Dialog>
      </section>

      {relay && workshop.live && <LivePanel workshop={workshop} groupId={group.id} relay={relay} />}

      <section className="card no-print" aria-labelledby="arrivals-h">
        <h2 id="arrivals-h">{t(($) => $.workshop.arrivalsTitle)}</h2>
        <p className="arrivals" role="status">
          {workshop.expected
            ? t(($) => $.room.arrivalsOf, { count: profiles.length, expected: workshop.expected })
            : t(($) => $.workshop.arrivals, { count: profiles.length })}
        </p>
        <Expected workshopId={workshop.id} expected={workshop.expected} />
        {profiles.length > 0 &&
          (group.anonymous ? (
            // Written into the page only once opened: an anonymous workshop shows no pseudonym by itself.
            <details onToggle={(e) => setShowAliases(e.currentTarget.open)}>
              <summary>{t(($) => $.room.receivedFromAnonymous)}</summary>
              {showAliases && <p>{receivedFrom}</p>}
            </details>
          ) : (
            <p>{receivedFrom}</p>
          ))}
        <p>
          <Link to={paths.receive()}>{t(($) => $.workshop.receiveLink)}</Link>
        </p>
        <div className="field">
          <label htmlFor="result-files">{t(($) => $.workshop.files)}</label>
          <input
            id="result-files"
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(e) => void addFiles(e)}
          />
        </div>
        {fileStatus && (
          <div
            role={fileStatus.refusals.length === 0 ? 'status' : 'alert'}
            className={fileStatus.refusals.length === 0 ? 'notice' : 'alert'}
          >
            <p>{fileStatus.summary}</p>
            {fileStatus.refusals.length > 0 && (
              <ul>
                {fileStatus.refusals.map((text, i) => (
                  <li key={i}>{text}</li>
                ))}
              </ul>
            )}
            {fileStatus.backup && (
              <p>
                <Link to={paths.data()}>{t(($) => $.workshop.dataLink)}</Link>
              </p>
            )}
          </div>
        )}
        {profiles.length > 0 && (
          <button type="button" className="button" onClick={() => setProjecting(true)}>
            {t(($) => $.workshop.project)}
          </button>
        )}
      </section>

      <GroupView group={group} profiles={profiles} instruments={workshop.instruments} />
      {projecting && (
        <Projection
          profiles={profiles}
          title={workshop.title}
          instruments={workshop.instruments}
          onClose={() => setProjecting(false)}
        />
      )}
    </div>
  );
}

/** How many participants the trainer expects; a wrong number is named and changes nothing. */
function Expected({ workshopId, expected }: { readonly workshopId: string; readonly expected?: number }) {
  const { t } = useTranslation();
  const [text, setText] = useState(expected ? String(expected) : '');
  const [error, setError] = useState(false);
  const save = () => {
    if (text.trim() === '') {
      setError(false);
      void setWorkshopExpected(workshopId, undefined);
      return;
    }
    const n = parseExpected(text);
    setError(n === null);
    if (n !== null) void setWorkshopExpected(workshopId, n);
  };
  return (
    <div className="field">
      <label htmlFor="expected">{t(($) => $.room.expected)}</label>
      <input
        id="expected"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_EXPECTED}
        className="short"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
        }}
        aria-invalid={error || undefined}
        aria-describedby={error ? 'expected-error' : undefined}
      />
      {error && (
        <p id="expected-error" className="field-error" role="alert">
          {t(($) => $.room.expectedError, { max: MAX_EXPECTED })}
        </p>
      )}
    </div>
  );
}

function Projection({
  profiles,
  title,
  instruments,
  onClose,
}: {
  readonly profiles: Parameters<typeof toMembers>[0];
  readonly title: string;
  readonly instruments: readonly InstrumentId[];
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const synthesis = useMemo(() => synthesizeGroup(toMembers(profiles)), [profiles]);
  const slides: readonly Slide[] = useSynthesisSlides(synthesis, instruments);
  // One position per arrow press: each slide's chart, then its table.
  const positions = useMemo(
    () => slides.flatMap((slide, i) => Array.from({ length: slideSteps(slide) }, (_, step) => ({ i, step }))),
    [slides],
  );
  const [at, setAt] = useState(0);
  const [black, setBlack] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const position = positions[Math.min(at, positions.length - 1)];
  const slide = position ? slides[position.i] : undefined;
  const go = useCallback(
    (delta: number) => {
      setBlack(false);
      setAt((i) => Math.max(0, Math.min(positions.length - 1, i + delta)));
    },
    [positions.length],
  );
  const canFullscreen = typeof document.documentElement.requestFullscreen === 'function';
  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void root.current?.requestFullscreen().catch(() => undefined);
  }, []);

  useEffect(() => {
    const el = root.current;
    el?.focus();
    if (canFullscreen && !document.fullscreenElement) void el?.requestFullscreen().catch(() => undefined);
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    // A presenter's remote sends arrows or Page Up/Down, and B (or .) for a black screen.
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const key = e.key;
      if (key === 'ArrowRight' || key === 'PageDown' || key === 'ArrowDown') go(1);
      else if (key === 'ArrowLeft' || key === 'PageUp' || key === 'ArrowUp') go(-1);
      else if (key === 'b' || key === 'B' || key === '.') setBlack((b) => !b);
      else if (key === 'Escape') onClose();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [go, onClose, canFullscreen]);

  if (!slide || !position) return null;
  return (
    <div
      ref={root}
      className={black ? 'projection black' : 'projection'}
      role="dialog"
      aria-modal="true"
      aria-label={t(($) => $.workshop.projectionLabel, { title })}
      tabIndex={-1}
    >
      {black ? (
        <p className="visually-hidden" role="status">
          {t(($) => $.room.blackScreen)}
        </p>
      ) : (
        <>
          <p className="projection-meta">
            {title} · {t(($) => $.workshop.slideOf, { current: position.i + 1, total: slides.length })} ·{' '}
            {t(($) => $.workshop.arrivals, { count: profiles.length })}
          </p>
          <ChartSizeProvider value="large">
            <SlideView key={`${slide.id}-${position.step}`} slide={slide} step={position.step} />
          </ChartSizeProvider>
          <div className="projection-nav">
            <button type="button" className="button" onClick={() => go(-1)} disabled={at === 0}>
              {t(($) => $.workshop.previousSlide)}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => go(1)}
              disabled={at >= positions.length - 1}
            >
              {t(($) => $.workshop.nextSlide)}
            </button>
            {canFullscreen && (
              <button type="button" className="button secondary" onClick={toggleFullscreen}>
                {fullscreen ? t(($) => $.room.exitFullscreen) : t(($) => $.room.fullscreen)}
              </button>
            )}
            <button type="button" className="button secondary" onClick={onClose}>
              {t(($) => $.workshop.exitProjection)}
            </button>
          </div>
          <p className="projection-keys">
            {canFullscreen ? t(($) => $.room.keys) : t(($) => $.room.keysNoFullscreen)}
          </p>
        </>
      )}
    </div>
  );
}
