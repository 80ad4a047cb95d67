// Trainer workshops: create one (title, date, instruments, anonymous), list them.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { INSTRUMENT_IDS, type InstrumentId } from '../../domain/content/postures';
import { isoDay } from '../../domain/plan';
import { cleanName } from '../../domain/text';
import { newWorkshopId, workshopDraftErrors } from '../../domain/workshop';
import { newLiveRoom } from '../../domain/exchange/liveCrypto';
import { createWorkshop } from '../../db/groups';
import { useWorkshops } from '../../db/hooks';
import { PageTitle } from '../../components/PageTitle';
import { formatDay } from '../../components/format';
import { useLiveRelay } from '../../components/liveRelay';
import { paths } from '../../components/paths';
import { useOneAtATime } from '../../components/useOneAtATime';

export function WorkshopsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const workshops = useWorkshops();
  const id = useId();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => isoDay(Date.now()));
  const [instruments, setInstruments] = useState<InstrumentId[]>(['acrobat', 'situations']);
  const [anonymous, setAnonymous] = useState(true);
  // Offered only where the app is served with its relay (npm run serve:live); off by default.
  const relay = useLiveRelay();
  const [live, setLive] = useState(false);
  const [errors, setErrors] = useState<ReturnType<typeof workshopDraftErrors>>({});

  const create = useOneAtATime(async () => {
    const draft = { title: cleanName(title), date, instruments, anonymous };
    const next = workshopDraftErrors(draft);
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const workshopId = newWorkshopId();
    await createWorkshop({
      id: workshopId,
      ...draft,
      ...(relay && live ? { live: await newLiveRoom() } : {}),
    });
    await navigate(paths.workshop(workshopId));
  });

  return (
    <div className="workshops">
      <PageTitle>{t(($) => $.workshop.listTitle)}</PageTitle>
      <p className="intro">{t(($) => $.workshop.intro)}</p>
      <p>
        <Link to={paths.cafe()}>{t(($) => $.workshop.cafeLink)}</Link>
        {' · '}
        <Link to={paths.reperes()}>{t(($) => $.workshop.reperesLink)}</Link>
      </p>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void create.run();
        }}
        noValidate
        aria-labelledby="new-workshop-h"
      >
        <h2 id="new-workshop-h">{t(($) => $.workshop.newTitle)}</h2>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t(($) => $.workshop.title)}</label>
          <input
            id={`${id}-title`}
            type="text"
            maxLength={120}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={errors.title || undefined}
          />
          {errors.title && (
            <p className="field-error" role="alert">
              {t(($) => $.workshop.titleRequired)}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t(($) => $.workshop.date)}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            aria-invalid={errors.date || undefined}
          />
          {errors.date && (
            <p className="field-error" role="alert">
              {t(($) => $.workshop.dateInvalid)}
            </p>
          )}
        </div>
        <fieldset className="scale">
          <legend>{t(($) => $.workshop.instruments)}</legend>
          <div className="scale-options">
            {INSTRUMENT_IDS.map((instrument) => (
              <div className="scale-option" key={instrument}>
                <input
                  type="checkbox"
                  id={`${id}-${instrument}`}
                  checked={instruments.includes(instrument)}
                  onChange={(e) =>
                    setInstruments((list) =>
                      e.target.checked
                        ? INSTRUMENT_IDS.filter((i) => i === instrument || list.includes(i))
                        : list.filter((i) => i !== instrument),
                    )
                  }
                />
                <label htmlFor={`${id}-${instrument}`}>{t(($) => $.instrument[instrument].title)}</label>
              </div>
            ))}
          </div>
          {errors.instruments && (
            <p className="field-error" role="alert">
              {t(($) => $.workshop.instrumentsRequired)}
            </p>
          )}
        </fieldset>
        <div className="check">
          <input
            type="checkbox"
            id={`${id}-anon`}
            checked={anonymous}
            onChange={(e) => setAnonymous(e.target.checked)}
          />
          <label htmlFor={`${id}-anon`}>{t(($) => $.workshop.anonymous)}</label>
        </div>
        {relay && (
          <div className="check">
            <input
              type="checkbox"
              id={`${id}-live`}
              checked={live}
              onChange={(e) => setLive(e.target.checked)}
              aria-describedby={`${id}-live-d`}
            />
            <label htmlFor={`${id}-live`}>{t(($) => $.live.option)}</label>
            <span className="field-hint" id={`${id}-live-d`}>
              {t(($) => $.live.optionHint)}
            </span>
          </div>
        )}
        <button type="submit" className="button" disabled={create.busy}>
          {t(($) => $.workshop.create)}
        </button>
      </form>
      {workshops && workshops.length > 0 && (
        <ul className="assessment-list" aria-label={t(($) => $.workshop.listTitle)}>
          {workshops.map((w) => (
            <li key={w.id} className="card">
              <h2>
                <Link to={paths.workshop(w.id)}>{w.title}</Link>
              </h2>
              <p className="meta">{formatDay(w.date, i18n.language)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
