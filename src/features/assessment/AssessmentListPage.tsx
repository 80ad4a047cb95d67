// The home page: the way to start a bilan, blank or from the previous one once there is one, then the
// person's bilans (BilanList.tsx). Its HTML is prerendered (title, purpose, the start button); the list,
// the reviews due and the offer to start from the previous bilan fill in once the app has started, all
// in the same frame: read in one query, they never push one another down the page.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { formatDate } from '../../components/format';
import { paths } from '../../components/paths';
import { createAssessment, createAssessmentFrom } from '../../db/assessments';
import { useHome } from '../../db/hooks';
import { isoDay } from '../../domain/plan';
import { BilanList } from './BilanList';
import { useOneAtATime } from '../../components/useOneAtATime';

/** The wording a review due needs: the grid's competences and the postures' directions. */
const DUE_WORDING = ['common', 'content', 'postures'] as const;

export function AssessmentListPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();

  const [today] = useState(() => isoDay(Date.now()));
  const stored = useHome(today);
  // Reviews due name competences and directions: their wording is loaded before anything shows.
  const { ready } = useTranslation(stored && stored.due.length > 0 ? DUE_WORDING : 'common');
  const home = ready ? stored : undefined;
  const previous = home?.previous;
  const start = useOneAtATime(async (fromId?: string) => {
    const name = t(($) => $.home.defaultName, { date: formatDate(Date.now(), i18n.language) });
    const id = fromId ? await createAssessmentFrom(name, fromId) : await createAssessment(name);
    await navigate(paths.bilan(id));
  });

  return (
    <div className="home">
      <PageTitle>{t(($) => $.home.title)}</PageTitle>
      <p className="intro">{t(($) => $.home.intro)}</p>
      <p className="actions">
        {previous && (
          <button
            type="button"
            className="button"
            disabled={start.busy}
            onClick={() => void start.run(previous.id)}
            aria-describedby="restart-hint"
          >
            {t(($) => $.restart.fromPrevious, { date: formatDate(previous.createdAt, i18n.language) })}
          </button>
        )}
        <button
          type="button"
          className={previous ? 'button secondary' : 'button'}
          disabled={start.busy}
          onClick={() => void start.run()}
        >
          {t(($) => $.home.new)}
        </button>
      </p>
      {previous && (
        <p id="restart-hint" className="field-hint">
          {t(($) => $.restart.fromPreviousHint)}
        </p>
      )}
      <BilanList home={home} />
    </div>
  );
}
