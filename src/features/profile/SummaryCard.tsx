// The profile's first layer, « En bref »: the portrait in one or two sentences, then the top three points
// d'appui, gaps each way and wishes, each with a link to its full list further down. Fits a phone screen.
import { useTranslation } from 'react-i18next';
import type { WholeProfile } from '../../domain/scoring/wholeProfile';
import { summarizeProfile, type TopList } from '../../domain/scoring/summary';
import { competencyLabel } from '../../components/competencyLabel';
import { narrativeSentences, type SentenceKey } from './Narrative';

// The portrait's gist: where the person is most at ease, and how they stand in situations.
const GIST: readonly SentenceKey[] = ['macros', 'preferred', 'acrobat'];
const GIST_SENTENCES = 2;

/** Anchors of the sections holding each full list. */
export const SECTION_IDS = {
  strengths: 'points-appui',
  gaps: 'ecarts',
  wishes: 'envies',
} as const;

function TopItems({
  title,
  list,
  href,
}: {
  readonly title: string;
  readonly list: TopList;
  readonly href: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="summary-group">
      <h3>{title}</h3>
      {list.ids.length === 0 ? (
        <p className="empty">{t(($) => $.profile.summaryCard.none)}</p>
      ) : (
        <ul>
          {list.ids.map((id) => (
            <li key={id}>{competencyLabel(t, id)}</li>
          ))}
        </ul>
      )}
      {list.total > list.ids.length && (
        <a href={href} className="summary-more">
          {t(($) => $.profile.summaryCard.seeAll, { count: list.total })}
        </a>
      )}
    </div>
  );
}

export function SummaryCard({ profile }: { readonly profile: WholeProfile }) {
  const { t, i18n } = useTranslation();
  const gist = narrativeSentences(profile, t, i18n.language)
    .filter((s) => GIST.includes(s.key))
    .slice(0, GIST_SENTENCES);
  const summary = summarizeProfile(profile.competency);
  const gridAnswered = profile.competency.answered > 0;
  if (gist.length === 0 && !gridAnswered) return null;
  return (
    <section id="en-bref" aria-labelledby="summary-card-h" className="summary-card">
      <h2 id="summary-card-h">{t(($) => $.profile.summaryCard.title)}</h2>
      {gist.length > 0 && <p className="summary-gist">{gist.map((s) => s.text).join(' ')}</p>}
      {gridAnswered ? (
        <div className="summary-groups">
          <TopItems
            title={t(($) => $.profile.summaryCard.strengths)}
            list={summary.strengths}
            href={`#${SECTION_IDS.strengths}`}
          />
          <TopItems
            title={t(($) => $.profile.summaryCard.asked)}
            list={summary.askedNotAtEase}
            href={`#${SECTION_IDS.gaps}`}
          />
          <TopItems
            title={t(($) => $.profile.summaryCard.atEase)}
            list={summary.atEaseNotAsked}
            href={`#${SECTION_IDS.gaps}`}
          />
          <TopItems
            title={t(($) => $.profile.summaryCard.wishes)}
            list={summary.wishes}
            href={`#${SECTION_IDS.wishes}`}
          />
        </div>
      ) : (
        <p>{t(($) => $.profile.summaryCard.gridFirst)}</p>
      )}
    </section>
  );
}
